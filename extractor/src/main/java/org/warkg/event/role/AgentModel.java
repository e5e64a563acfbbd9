package org.warkg.event.role;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.MaxentModel;
import org.warkg.event.EventType;
import org.warkg.nlp.MaxentFiles;

/**
 * The trained agent chooser: an OpenNLP maxent model that, given two candidates of an
 * event ({@link AgentCandidates}), says which of them is its agent. Each candidate plays
 * every other; the one with the most expected wins is the agent. The build trains it
 * from {@code src/main/training/roles}.
 */
public final class AgentModel {

    /** The outcome of a pair whose first candidate is the agent. */
    public static final String FIRST = "first";
    /** The outcome of a pair whose second candidate is the agent. */
    public static final String SECOND = "second";
    private static final String RESOURCE = "org/warkg/event/role/agent-war-en.bin";

    private final AbstractModel model;

    public AgentModel(MaxentModel model) {
        this.model = (AbstractModel) model;
    }

    /**
     * The model shipped with the extractor, or empty while the build has not trained it
     * yet (its own trainer reads articles with the extractor before it exists).
     */
    public static Optional<AgentModel> standard() {
        try (InputStream in = AgentModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the agent model " + RESOURCE, e);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static AgentModel read(InputStream in) throws IOException {
        return new AgentModel(MaxentFiles.read(in));
    }

    /** Writes the model in OpenNLP's binary format. */
    public void write(OutputStream out) throws IOException {
        MaxentFiles.write(model, out);
    }

    /** How likely the first candidate rather than the second is the agent of an event of the type. */
    public double prefers(EventType type, AgentCandidate first, AgentCandidate second) {
        return model.eval(AgentFeatures.of(type, first, second))[model.getIndex(FIRST)];
    }

    /** The candidate that wins most against the others, or empty when there is none. */
    public Optional<AgentCandidate> choose(EventType type, List<AgentCandidate> candidates) {
        AgentCandidate best = null;
        double bestWins = -1;
        for (AgentCandidate candidate : candidates) {
            double wins = 0;
            for (AgentCandidate other : candidates) {
                if (other != candidate) {
                    wins += prefers(type, candidate, other);
                }
            }
            if (wins > bestWins) {
                best = candidate;
                bestWins = wins;
            }
        }
        return Optional.ofNullable(best);
    }
}
