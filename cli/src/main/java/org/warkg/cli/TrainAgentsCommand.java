package org.warkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.warkg.eval.AgentEvaluator;
import org.warkg.event.role.AgentModel;
import org.warkg.event.role.AgentSample;
import org.warkg.gazetteer.Gazetteer;
import org.warkg.pipeline.AgentTrainer;
import org.warkg.pipeline.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg train-agents}: trains the agent model on annotated sentences and scores it by cross-validation. */
@Command(name = "train-agents", mixinStandardHelpOptions = true,
    description = "Train the agent model on the *.agents files of a folder and score it by cross-validation"
        + " against the subject and nationality rules (the build trains the shipped model the same way).")
final class TrainAgentsCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR",
        description = "Folder of annotated sentences (default: extractor/src/main/training/roles).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the trained model.")
    Path out;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "5",
        description = "Cross-validation folds (default: ${DEFAULT-VALUE}; 0 skips scoring).")
    int folds;

    @Override
    public Integer call() throws IOException {
        Path folder = data != null ? data : ProjectPaths.home().resolve("extractor/src/main/training/roles");
        List<AgentSample> samples = AgentTrainer.readFolder(folder);
        AgentTrainer trainer = new AgentTrainer(Extractor.standard(), Gazetteer.standard());
        List<AgentTrainer.Labelled> labelled = samples.stream().map(trainer::label).toList();
        long reachable = labelled.stream().filter(AgentTrainer.Labelled::reachable).count();
        System.out.printf(Locale.ROOT, "%d sentences, %d with a candidate naming their agent%n", samples.size(),
            reachable);
        if (out != null) {
            AgentModel model = AgentTrainer.trainLabelled(labelled);
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                model.write(os);
            }
            System.out.println("model " + out + ", " + Files.size(out) + " bytes");
        }
        if (folds > 1) {
            AgentEvaluator.Scores scores = AgentEvaluator.crossValidate(labelled, folds);
            System.out.printf(Locale.ROOT, "%d-fold cross-validation: model right %.3f, rules right %.3f%n",
                folds, scores.modelAccuracy(), scores.rulesAccuracy());
        }
        return 0;
    }
}
