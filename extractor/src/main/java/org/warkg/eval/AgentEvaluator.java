package org.warkg.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.warkg.event.role.AgentModel;
import org.warkg.pipeline.AgentTrainer;
import org.warkg.pipeline.AgentTrainer.Labelled;

/**
 * Scores the agent model by cross-validation on its training sentences, beside the
 * agent the subject and nationality rules alone would give: an agent is right when it
 * names the annotated one as the scorer compares names.
 */
public final class AgentEvaluator {

    private AgentEvaluator() {}

    /**
     * What the model and the rules got right over the folds.
     *
     * @param sentences  sentences scored
     * @param reachable  those where some candidate names the agent
     * @param rulesRight those where the rules' agent is right
     * @param modelRight those where the model's agent is right
     */
    public record Scores(int sentences, int reachable, int rulesRight, int modelRight) {

        /** Share of sentences the model gets right. */
        public double modelAccuracy() {
            return sentences == 0 ? 0 : (double) modelRight / sentences;
        }

        /** Share of sentences the rules get right. */
        public double rulesAccuracy() {
            return sentences == 0 ? 0 : (double) rulesRight / sentences;
        }
    }

    /** Holds out each fold once and trains on the others. */
    public static Scores crossValidate(List<Labelled> samples, int folds) throws IOException {
        int reachable = 0;
        int rules = 0;
        int model = 0;
        for (int fold = 0; fold < folds; fold++) {
            List<Labelled> train = new ArrayList<>();
            List<Labelled> held = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                (i % folds == fold ? held : train).add(samples.get(i));
            }
            AgentModel trained = AgentTrainer.trainLabelled(train);
            for (Labelled sample : held) {
                reachable += sample.reachable() ? 1 : 0;
                String ruleAgent = sample.question() == null ? null : sample.question().ruleAgent();
                rules += same(sample.agent(), ruleAgent) ? 1 : 0;
                String chosen = trained.choose(sample.type(), List.copyOf(sample.candidates().keySet()))
                    .map(c -> c.name()).orElse(null);
                model += same(sample.agent(), chosen) ? 1 : 0;
            }
        }
        return new Scores(samples.size(), reachable, rules, model);
    }

    /** Whether a predicted agent names the annotated one, as the scorer compares them. */
    public static boolean same(String gold, String predicted) {
        return predicted != null && (ScoreNames.placeMatch(gold, predicted)
            || ScoreNames.norm(gold).equals(ScoreNames.norm(predicted)));
    }
}
