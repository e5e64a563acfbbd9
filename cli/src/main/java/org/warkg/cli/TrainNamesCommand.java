package org.warkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import opennlp.tools.namefind.TokenNameFinderModel;
import org.warkg.files.AtomicFile;
import org.warkg.mention.NameModelTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg train-names}: rebuilds the name-finder model from the annotated sentences. */
@Command(name = "train-names", mixinStandardHelpOptions = true,
    description = "Train an OpenNLP name finder on the *.train files of a folder and score it on its *.eval files"
        + " (the build trains the shipped model the same way).")
final class TrainNamesCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR",
        description = "Folder of annotated sentences (default: extractor/src/main/training/ner).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path folder = data != null ? data : ProjectPaths.home().resolve("extractor/src/main/training/ner");
        Path target = out;
        List<Path> train = files(folder, ".train");
        List<Path> eval = files(folder, ".eval");
        if (train.isEmpty()) {
            System.err.println("error: no *.train files in " + folder);
            return 1;
        }
        NameModelTrainer trainer = new NameModelTrainer();
        long start = System.nanoTime();
        TokenNameFinderModel model = trainer.train(train, NameModelTrainer.defaultParameters());
        double seconds = (System.nanoTime() - start) / 1e9;
        AtomicFile.write(target, model::serialize);
        System.out.printf(Locale.ROOT, "trained on %d files in %.1f s; model %s, %d bytes%n", train.size(), seconds,
            target, Files.size(target));
        if (!eval.isEmpty()) {
            Map<String, NameModelTrainer.Score> scores = trainer.evaluate(model, eval);
            System.out.printf("%-14s %6s %6s %6s %7s %7s %7s%n", "held-out", "gold", "found", "right", "P", "R",
                "F1");
            scores.forEach((type, s) -> System.out.printf(Locale.ROOT, "%-14s %6d %6d %6d %7.3f %7.3f %7.3f%n",
                type, s.gold(), s.predicted(), s.correct(), s.precision(), s.recall(), s.f1()));
        }
        return 0;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}
