package org.warkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.warkg.eval.Counts;
import org.warkg.eval.Evaluation;
import org.warkg.eval.RecordEvaluator;
import org.warkg.pipeline.Extractor;
import org.warkg.record.DocumentRecord;
import org.warkg.record.RecordCodec;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg evaluate --gold DIR (--pred DIR | --input PATH...)}: precision, recall and F1 against gold. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score extraction records (or articles, extracted on the fly) against gold annotations.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of *.json gold files.")
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
        RecordCodec codec = new RecordCodec();
        Map<String, DocumentRecord> goldRecords = read(codec, gold);
        Map<String, DocumentRecord> predRecords = new HashMap<>();
        if (predictions.pred != null) {
            predRecords.putAll(read(codec, predictions.pred));
        } else {
            BatchExtraction batch = new BatchExtraction(Extractor.standard(),
                Runtime.getRuntime().availableProcessors(), System.err);
            batch.run(predictions.input, o -> predRecords.put(key(o.record().doc()), o.record()));
        }
        print(new RecordEvaluator().evaluate(goldRecords, predRecords), System.out);
        return 0;
    }

    private static Map<String, DocumentRecord> read(RecordCodec codec, Path folder) throws IOException {
        Map<String, DocumentRecord> records = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".jsonl"))
                    .sorted().toList()) {
                for (DocumentRecord record : codec.readAll(file)) {
                    if (record.doc() != null) {
                        records.put(key(record.doc()), record);
                    }
                }
            }
        }
        return records;
    }

    private static String key(String doc) {
        return Path.of(doc).getFileName().toString();
    }

    private static void print(Evaluation evaluation, PrintStream out) {
        out.printf("%-28s %5s %5s %5s %6s %6s %6s%n", "what", "gold", "pred", "tp", "P", "R", "F1");
        Map<String, Counts> lines = evaluation.lines();
        Stream.of(ordered(lines, "entity"), ordered(lines, "event")).flatMap(List::stream).forEach(label -> {
            Counts c = lines.get(label);
            out.printf(Locale.ROOT, "%-28s %5d %5d %5d %6.3f %6.3f %6.3f%n", label, c.gold(), c.pred(), c.tp(),
                c.precision(), c.recall(), c.f1());
        });
        out.println("event attribute accuracy on matched events: " + evaluation.attributes().entrySet().stream()
            .map(e -> e.getKey() + "=" + (e.getValue() == null ? "n/a" : String.format(Locale.ROOT, "%.3f",
                e.getValue())))
            .collect(Collectors.joining(", ")));
        if (!evaluation.missing().isEmpty()) {
            out.println("no prediction for: " + String.join(", ", evaluation.missing()));
        }
        out.printf(Locale.ROOT, "entity_f1=%.3f event_f1=%.3f%n", f1(lines, "entity"), f1(lines, "event"));
    }

    private static double f1(Map<String, Counts> lines, String label) {
        Counts c = lines.get(label);
        return c == null ? 0 : c.f1();
    }

    private static List<String> ordered(Map<String, Counts> lines, String kind) {
        Stream<String> head = kind.equals("entity") ? Stream.of("entity", "entity(coarse)") : Stream.of("event");
        return Stream.concat(head.filter(lines::containsKey),
            lines.keySet().stream().filter(k -> k.startsWith(kind + ":")).sorted()).toList();
    }
}
