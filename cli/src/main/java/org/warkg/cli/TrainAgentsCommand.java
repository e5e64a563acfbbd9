package org.warkg.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.warkg.eval.AgentEvaluator;
import org.warkg.event.role.AgentSample;
import org.warkg.pipeline.AgentTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kg train-agents}: trains the agent model on annotated sentences and scores it by cross-validation. */
@Command(name = "train-agents", mixinStandardHelpOptions = true,
    description = "Train the agent model on the *.agents files of a folder and score it by cross-validation"
        + " against the subject and nationality rules (the build trains the shipped model the same way).")
final class TrainAgentsCommand implements Callable<Integer> {

    @Mixin
    TrainingOptions training;

    @Override
    public Integer call() throws IOException {
        List<AgentSample> samples = AgentTrainer.readFolder(training.folder("roles"));
        AgentTrainer trainer = AgentTrainer.standard();
        List<AgentTrainer.Labelled> labelled = samples.stream().map(trainer::label).toList();
        long reachable = labelled.stream().filter(AgentTrainer.Labelled::reachable).count();
        System.out.printf(Locale.ROOT, "%d sentences, %d with a candidate naming their agent%n", samples.size(),
            reachable);
        if (training.writesModel()) {
            training.save(AgentTrainer.trainLabelled(labelled)::write);
        }
        if (training.crossValidates()) {
            AgentEvaluator.Scores scores = AgentEvaluator.crossValidate(labelled, training.folds);
            System.out.printf(Locale.ROOT, "%d-fold cross-validation: model right %.3f, rules right %.3f%n",
                training.folds, scores.modelAccuracy(), scores.rulesAccuracy());
        }
        return 0;
    }
}
