package org.warkg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.warkg.eval.RecordEvaluator;
import org.warkg.eval.RecordFolderReader;
import org.warkg.ingest.InputFiles;
import org.warkg.pipeline.Extractor;
import org.warkg.record.DocumentRecord;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kg evaluate [--gold DIR] (--pred DIR | --input PATH...)}: precision, recall and F1
 * against gold. Gold files are named after their article ({@code <file>.gold.json}), so
 * among the inputs they are gold, never articles, and without {@code --gold} they are the gold.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score extraction records (or articles, extracted on the fly) against gold annotations.")
final class EvaluateCommand implements Callable<Integer> {

    private static final String GOLD_SUFFIX = ".gold.json";

    @Option(names = "--gold", paramLabel = "DIR",
        description = "Folder of *.json gold files; with --input, defaults to the *" + GOLD_SUFFIX
            + " files among the inputs.")
    Path gold;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Predictions predictions;

    static final class Predictions {
        @Option(names = "--pred", paramLabel = "DIR", description = "Folder of extraction records.")
        Path pred;

        @Option(names = "--input", paramLabel = "PATH", arity = "1..*",
            description = "Articles to extract and score.")
        List<Path> input;
    }

    @Override
    public Integer call() throws IOException {
        Map<String, DocumentRecord> predRecords = new HashMap<>();
        Map<String, DocumentRecord> goldRecords;
        if (predictions.pred != null) {
            goldRecords = readGold(List.of());
            predRecords.putAll(RecordFolderReader.predictions().readFolder(predictions.pred));
        } else {
            List<Path> files = InputFiles.collect(predictions.input, (path, reason) -> {
                throw new CommandException(path + ": " + reason + ".", "Give existing files or folders to --input.");
            });
            goldRecords = readGold(files.stream().filter(EvaluateCommand::isGold).toList());
            BatchExtraction batch = new BatchExtraction(Extractor.standard(),
                Runtime.getRuntime().availableProcessors(), System.err);
            batch.run(files.stream().filter(f -> !isGold(f)).toList(),
                o -> predRecords.put(RecordFolderReader.key(o.record().doc()), o.record()));
        }
        EvaluationReport.print(new RecordEvaluator().evaluate(goldRecords, predRecords), System.out);
        return 0;
    }

    private Map<String, DocumentRecord> readGold(List<Path> besideInputs) throws IOException {
        if (gold != null) {
            return RecordFolderReader.gold().readFolder(gold);
        }
        if (besideInputs.isEmpty()) {
            throw new CommandException("No gold annotations: no --gold folder and no *" + GOLD_SUFFIX
                + " file among the inputs.", "Give the folder of gold files with --gold DIR.");
        }
        return RecordFolderReader.gold().readFiles(besideInputs);
    }

    private static boolean isGold(Path file) {
        return file.getFileName().toString().endsWith(GOLD_SUFFIX);
    }
}
