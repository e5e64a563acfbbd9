package org.warkg.event.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import org.warkg.event.EventType;
import org.warkg.nlp.MaxentFiles;

/**
 * The trained trigger classifier: an OpenNLP maxent model whose outcomes are the event
 * types and {@link #NONE}. The build trains it from {@code src/main/training/events}
 * ({@link TriggerTrainer}) and ships it on the classpath.
 */
public final class TriggerModel {

    /** The outcome of a candidate that tells no event. */
    public static final String NONE = "none";
    private static final String RESOURCE = "org/warkg/event/detect/trigger-war-en.bin";

    private final AbstractModel model;

    public TriggerModel(MaxentModel model) {
        this.model = (AbstractModel) model;
    }

    /** The model shipped with the extractor. */
    public static TriggerModel standard() {
        try (InputStream in = TriggerModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The trigger model " + RESOURCE
                    + " is not on the classpath; the build trains it (mvn install)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the trigger model " + RESOURCE, e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static TriggerModel read(InputStream in) throws IOException {
        return new TriggerModel(MaxentFiles.read(in));
    }

    /** Writes the model in OpenNLP's binary format. */
    public void write(OutputStream out) throws IOException {
        MaxentFiles.write(model, out);
    }

    /**
     * The most probable of the allowed types, or none when no event is likelier than it.
     *
     * @param features the candidate's context, from {@link TriggerFeatures}
     * @param allowed  the types the candidate word may signal
     */
    public Classification classify(String[] features, Set<EventType> allowed) {
        double[] probabilities = model.eval(features);
        double best = 0;
        EventType bestType = null;
        for (EventType type : allowed) {
            int i = model.getIndex(type.name());
            if (i >= 0 && probabilities[i] > best) {
                best = probabilities[i];
                bestType = type;
            }
        }
        int none = model.getIndex(NONE);
        double noEvent = none < 0 ? 0 : probabilities[none];
        return best > noEvent ? new Classification(bestType, best) : new Classification(null, noEvent);
    }

    /**
     * What the model says of a candidate.
     *
     * @param type        the event type, or null for no event
     * @param probability the probability of that outcome
     */
    public record Classification(EventType type, double probability) {
    }
}
