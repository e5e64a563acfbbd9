package org.warkg.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.warkg.event.detect.TriggerFeatures;
import org.warkg.event.detect.TriggerLexicon;
import org.warkg.event.detect.TriggerModel;
import org.warkg.event.detect.TriggerSample;
import org.warkg.event.detect.TriggerTrainer;

/**
 * Scores the trigger model by cross-validation on its training sentences, as OpenNLP's
 * cross validators do: each fold is held out once while the others train. A candidate
 * counts as found when the model gives it the type it is marked with.
 */
public final class TriggerEvaluator {

    private final TriggerTrainer trainer;
    private final TriggerFeatures features;

    public TriggerEvaluator(TriggerTrainer trainer, TriggerLexicon lexicon) {
        this.trainer = trainer;
        this.features = new TriggerFeatures(lexicon);
    }

    /** Counts per event type and over all ("trigger"), summed over the folds. */
    public Map<String, Counts> crossValidate(List<TriggerSample> samples, int folds) throws IOException {
        Map<String, Counts> lines = new TreeMap<>();
        for (int fold = 0; fold < folds; fold++) {
            List<TriggerSample> train = new ArrayList<>();
            List<TriggerSample> held = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                (i % folds == fold ? held : train).add(samples.get(i));
            }
            score(trainer.train(train), held, lines);
        }
        return lines;
    }

    /** Counts per event type and over all ("trigger") of a model on held-out sentences. */
    public Map<String, Counts> evaluate(TriggerModel model, List<TriggerSample> samples) {
        Map<String, Counts> lines = new TreeMap<>();
        score(model, samples, lines);
        return lines;
    }

    private void score(TriggerModel model, List<TriggerSample> samples, Map<String, Counts> lines) {
        for (TriggerSample sample : samples) {
            for (TriggerTrainer.Candidate c : trainer.candidates(sample)) {
                if (c.label().equals(TriggerSample.UNSURE)) {
                    continue;
                }
                var found = model.classify(features.of(c.sentence(), c.token()), c.types()).type();
                String predicted = found == null ? TriggerModel.NONE : found.name();
                boolean right = predicted.equals(c.label()) && !predicted.equals(TriggerModel.NONE);
                Counts one = new Counts(right ? 1 : 0, predicted.equals(TriggerModel.NONE) ? 0 : 1,
                    c.label().equals(TriggerModel.NONE) ? 0 : 1);
                lines.merge("trigger", one, Counts::plus);
                if (!predicted.equals(TriggerModel.NONE)) {
                    lines.merge("trigger:" + predicted, new Counts(one.tp(), 1, 0), Counts::plus);
                }
                if (!c.label().equals(TriggerModel.NONE)) {
                    lines.merge("trigger:" + c.label(), new Counts(0, 0, 1), Counts::plus);
                }
            }
        }
    }
}
