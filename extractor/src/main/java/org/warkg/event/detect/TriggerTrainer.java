package org.warkg.event.detect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Set;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warkg.event.EventType;
import org.warkg.nlp.MaxentFiles;
import org.warkg.nlp.NlpModels;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.TextAnalyzer;
import org.warkg.nlp.TrainingFiles;

/**
 * Trains the trigger model from annotated sentences ({@code *.events}, read by
 * {@link TriggerSampleReader}): each candidate word of a sentence is one training event
 * whose outcome is the type it is marked with, or none. Training is deterministic.
 */
public final class TriggerTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(TriggerTrainer.class);
    /** The file ending of trigger training data. */
    public static final String EXTENSION = ".events";

    private final TextAnalyzer analyzer;
    private final TriggerLexicon lexicon;
    private final TriggerFeatures features;

    public TriggerTrainer(TextAnalyzer analyzer, TriggerLexicon lexicon) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        this.features = new TriggerFeatures(lexicon);
    }

    /**
     * Trains on every {@code *.events} file of a folder and writes the model; the build
     * runs this so the shipped model always matches the shipped sentences.
     *
     * @param args the folder of annotated sentences, then the model file to write
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: TriggerTrainer TRAINING_DIR MODEL_FILE");
        }
        TriggerTrainer trainer = new TriggerTrainer(new TextAnalyzer(NlpModels.load()), TriggerLexicon.standard());
        TriggerModel model = trainer.train(readFolder(Path.of(args[0])));
        MaxentFiles.save(Path.of(args[1]), model::write);
    }

    /** The samples of every {@code *.events} file of a folder, files in name order. */
    public static List<TriggerSample> readFolder(Path folder) throws IOException {
        return TrainingFiles.readFolder(folder, EXTENSION, TriggerSampleReader::parse);
    }

    /**
     * OpenNLP's maxent trained by L-BFGS with its default L2 penalty: on a few thousand
     * candidates it cross-validates better than GIS or the perceptron, and keeps every feature.
     */
    public static TrainingParameters defaultParameters() {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(TrainingParameters.ITERATIONS_PARAM, 200);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        return params;
    }

    /** Trains a model on the samples with the default parameters. */
    public TriggerModel train(List<TriggerSample> samples) throws IOException {
        return train(samples, defaultParameters());
    }

    /** Trains a model on the samples. */
    public TriggerModel train(List<TriggerSample> samples, TrainingParameters params) throws IOException {
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        return new TriggerModel(trainer.train(ObjectStreamUtils.createObjectStream(events(samples))));
    }

    /** The candidates of a sample's sentence with the outcome each is labelled with. */
    public List<Candidate> candidates(TriggerSample sample) {
        Sentence sentence = analyzer.sentence(sample.text());
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < sentence.tokens().size(); i++) {
            Set<EventType> types = lexicon.typesOf(sentence.tokens().get(i));
            if (types.isEmpty()) {
                continue;
            }
            String label = sample.labelAt(sentence.tokens().get(i).start());
            if (label == null) {
                label = TriggerModel.NONE;
            } else if (!label.equals(TriggerSample.UNSURE) && !types.contains(EventType.valueOf(label))) {
                LOG.warn("{}: '{}' is marked {} but the trigger lexicon gives it only {}", sample.source(),
                    sentence.tokens().get(i).text(), label, types);
            }
            out.add(new Candidate(sentence, i, types, label));
        }
        for (TriggerSample.Mark mark : sample.marks()) {
            boolean covered = out.stream().anyMatch(c -> {
                int at = c.sentence().tokens().get(c.token()).start();
                return mark.start() <= at && at < mark.end();
            });
            if (!covered && !mark.label().equals(TriggerSample.UNSURE)) {
                LOG.warn("{}: '{}' is marked {} but is not in the trigger lexicon", sample.source(),
                    sample.text().substring(mark.start(), mark.end()), mark.label());
            }
        }
        return out;
    }

    private List<Event> events(List<TriggerSample> samples) {
        List<Event> events = new ArrayList<>();
        for (TriggerSample sample : samples) {
            for (Candidate c : candidates(sample)) {
                if (!c.label().equals(TriggerSample.UNSURE)) {
                    events.add(new Event(c.label(), features.of(c.sentence(), c.token())));
                }
            }
        }
        return events;
    }

    /**
     * A candidate word of a training sentence.
     *
     * @param sentence the analysed sentence
     * @param token    the word's index
     * @param types    the types the lexicon allows it
     * @param label    its gold outcome: a type, none, or unsure
     */
    public record Candidate(Sentence sentence, int token, Set<EventType> types, String label) {
    }
}
