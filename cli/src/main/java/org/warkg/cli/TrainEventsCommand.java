package org.warkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.warkg.eval.Counts;
import org.warkg.eval.TriggerEvaluator;
import org.warkg.event.detect.TriggerLexicon;
import org.warkg.event.detect.TriggerModel;
import org.warkg.event.detect.TriggerSample;
import org.warkg.event.detect.TriggerTrainer;
import org.warkg.nlp.NlpModels;
import org.warkg.nlp.TextAnalyzer;
import org.warkg.pipeline.Extractor;
import org.warkg.pipeline.GoldTriggerAnnotator;
import org.warkg.record.DocumentRecord;
import org.warkg.record.RecordCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kg train-events}: trains the event-trigger model on annotated sentences and scores it by
 * cross-validation; with {@code --from-gold}, turns gold-annotated articles into such sentences.
 */
@Command(name = "train-events", mixinStandardHelpOptions = true,
    description = "Train the event-trigger model on the *.events files of a folder and score it by"
        + " cross-validation (the build trains the shipped model the same way), or with --from-gold write"
        + " trigger annotations made from gold-annotated articles.")
final class TrainEventsCommand implements Callable<Integer> {

    private static final String GOLD_SUFFIX = ".gold.json";

    @Mixin
    TrainingOptions training;

    @Option(names = "--from-gold", paramLabel = "DIR",
        description = "Folder of articles, each with its NAME.gold.json beside it, to annotate.")
    Path fromGold;

    @Option(names = "--write", paramLabel = "FILE", description = "With --from-gold: the *.events file to write.")
    Path write;

    @Option(names = "--write-agents", paramLabel = "FILE",
        description = "With --from-gold: also the *.agents file of the events whose agent the gold names.")
    Path writeAgents;

    @Override
    public Integer call() throws IOException {
        return fromGold != null ? annotate() : train();
    }

    private int train() throws IOException {
        List<TriggerSample> samples = TriggerTrainer.readFolder(training.folder("events"));
        TriggerLexicon lexicon = TriggerLexicon.standard();
        TriggerTrainer trainer = new TriggerTrainer(new TextAnalyzer(NlpModels.load()), lexicon);
        long start = System.nanoTime();
        TriggerModel model = trainer.train(samples);
        System.out.printf(Locale.ROOT, "trained on %d sentences in %.1f s%n", samples.size(),
            (System.nanoTime() - start) / 1e9);
        training.save(model::write);
        if (training.crossValidates()) {
            Map<String, Counts> scores = new TriggerEvaluator(trainer, lexicon).crossValidate(samples,
                training.folds);
            System.out.printf("%-28s %6s %6s %6s %7s %7s %7s%n", training.folds + "-fold cross-validation", "gold",
                "found", "right", "P", "R", "F1");
            scores.forEach((label, c) -> System.out.printf(Locale.ROOT, "%-28s %6d %6d %6d %7.3f %7.3f %7.3f%n",
                label, c.gold(), c.pred(), c.tp(), c.precision(), c.recall(), c.f1()));
        }
        return 0;
    }

    private int annotate() throws IOException {
        if (write == null) {
            System.err.println("error: --from-gold needs --write FILE");
            return 2;
        }
        Extractor extractor = Extractor.standard();
        GoldTriggerAnnotator annotator = new GoldTriggerAnnotator(extractor, TriggerLexicon.standard());
        RecordCodec codec = new RecordCodec();
        List<String> lines = new ArrayList<>();
        lines.add("# Trigger annotations made by `kg train-events --from-gold` from gold-annotated articles.");
        List<String> agents = new ArrayList<>();
        agents.add("# Agent annotations made by `kg train-events --from-gold` from gold-annotated articles.");
        int failed = 0;
        List<Path> golds;
        try (Stream<Path> files = Files.list(fromGold)) {
            golds = files.filter(f -> f.getFileName().toString().endsWith(GOLD_SUFFIX)).sorted().toList();
        }
        for (Path gold : golds) {
            String name = gold.getFileName().toString();
            Path article = gold.resolveSibling(name.substring(0, name.length() - GOLD_SUFFIX.length()));
            try {
                DocumentRecord record = codec.readAll(gold).get(0);
                GoldTriggerAnnotator.Annotation annotation = annotator.annotate(extractor.load(article), record);
                lines.add("");
                lines.add("# " + article.getFileName());
                lines.addAll(annotation.lines());
                agents.add("");
                agents.add("# " + article.getFileName());
                agents.addAll(annotation.agents());
                annotation.notes().forEach(note -> System.err.println("note: " + note));
            } catch (IOException e) {
                System.err.println(article + ": " + e.getMessage());
                failed++;
            }
        }
        Files.write(write, lines, StandardCharsets.UTF_8);
        if (writeAgents != null) {
            Files.write(writeAgents, agents, StandardCharsets.UTF_8);
        }
        System.out.printf("wrote %d lines from %d articles to %s%n", lines.size(), golds.size() - failed, write);
        return failed == 0 ? 0 : 1;
    }
}
