package org.warkg.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warkg.entity.Entities;
import org.warkg.entity.Entity;
import org.warkg.eval.AgentEvaluator;
import org.warkg.event.ArgumentReader;
import org.warkg.event.ClaimReader;
import org.warkg.event.EventType;
import org.warkg.event.detect.TriggerSample;
import org.warkg.event.detect.TriggerTrainer;
import org.warkg.event.role.AgentCandidate;
import org.warkg.event.role.AgentCandidates;
import org.warkg.event.role.AgentFeatures;
import org.warkg.event.role.AgentModel;
import org.warkg.event.role.AgentQuestion;
import org.warkg.event.role.AgentSample;
import org.warkg.event.role.AgentSampleReader;
import org.warkg.gazetteer.Gazetteer;
import org.warkg.ingest.Block;
import org.warkg.ingest.SourceDocument;
import org.warkg.ingest.Story;
import org.warkg.mention.Mention;
import org.warkg.nlp.AnnotatedText;
import org.warkg.nlp.MaxentFiles;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.TrainingFiles;

/**
 * Trains the agent model from sentences whose event's agent is known ({@code *.agents},
 * read by {@link AgentSampleReader}). Each sentence goes through the extractor's own
 * stages, so the candidates it is taught on are those it will meet; every candidate
 * whose name the annotator's agent matches is taught to win against every other one.
 * A sentence where no candidate matches teaches nothing and is counted as unreachable.
 */
public final class AgentTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(AgentTrainer.class);
    /** The file ending of agent training data. */
    public static final String EXTENSION = ".agents";

    private final Extractor extractor;
    private final ClaimReader claims;
    private final ArgumentReader arguments;
    private final AgentCandidates candidates;

    public AgentTrainer(Extractor extractor, Gazetteer gazetteer) {
        this.extractor = extractor;
        this.claims = new ClaimReader();
        this.arguments = new ArgumentReader(gazetteer);
        this.candidates = new AgentCandidates(arguments);
    }

    /**
     * Trains on every {@code *.agents} file of a folder and writes the model; the build
     * runs this after the name and trigger models exist.
     *
     * @param args the folder of annotated sentences, then the model file to write
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: AgentTrainer TRAINING_DIR MODEL_FILE");
        }
        AgentModel model = standard().train(readFolder(Path.of(args[0])));
        MaxentFiles.save(Path.of(args[1]), model::write);
    }

    /** A trainer over the standard extractor, sharing the extractor's gazetteer rather than loading another. */
    public static AgentTrainer standard() {
        Gazetteer gazetteer = Gazetteer.standard();
        return new AgentTrainer(Extractor.standard(gazetteer), gazetteer);
    }

    /** The samples of every {@code *.agents} file of a folder, files in name order. */
    public static List<AgentSample> readFolder(Path folder) throws IOException {
        return TrainingFiles.readFolder(folder, EXTENSION, AgentSampleReader::parse);
    }

    /** Trains a model on the samples, with the trigger model's maxent settings. */
    public AgentModel train(List<AgentSample> samples) throws IOException {
        List<Labelled> labelled = samples.stream().map(this::label).toList();
        long unreachable = labelled.stream().filter(l -> !l.reachable()).count();
        LOG.info("agent model: {} sentences, {} with no candidate naming their agent", samples.size(),
            unreachable);
        return trainLabelled(labelled);
    }

    /** Trains a model on samples already labelled; those no candidate reaches teach nothing. */
    public static AgentModel trainLabelled(List<Labelled> samples) throws IOException {
        List<Event> events = new ArrayList<>();
        for (Labelled sample : samples) {
            // Every pair of an agent and another candidate, in both orders, so neither side is favoured.
            sample.candidates().forEach((a, aIsAgent) -> sample.candidates().forEach((b, bIsAgent) -> {
                if (aIsAgent && !bIsAgent) {
                    events.add(new Event(AgentModel.FIRST, AgentFeatures.of(sample.type(), a, b)));
                    events.add(new Event(AgentModel.SECOND, AgentFeatures.of(sample.type(), b, a)));
                }
            }));
        }
        TrainingParameters params = TriggerTrainer.defaultParameters();
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        return new AgentModel(trainer.train(ObjectStreamUtils.createObjectStream(events)));
    }

    /** A sample's candidates, each with whether it names the annotated agent. */
    public Labelled label(AgentSample sample) {
        AgentQuestion question = question(sample);
        Map<AgentCandidate, Boolean> labels = new LinkedHashMap<>();
        boolean reachable = false;
        for (AgentCandidate c : question == null ? List.<AgentCandidate>of() : candidates.of(question)) {
            boolean agent = AgentEvaluator.same(sample.agent(), c.name());
            labels.put(c, agent);
            reachable |= agent;
        }
        EventType type = EventType.valueOf(sample.trigger().label());
        return new Labelled(sample.agent(), type, question, labels, reachable);
    }

    /** What the extractor knows of the sample's event when it chooses the agent. */
    public AgentQuestion question(AgentSample sample) {
        TriggerSample marked = sample.sentence();
        String text = marked.text();
        SourceDocument document = new SourceDocument(marked.source(), marked.source(), null, null, null, null, text,
            List.of(new Story(null, List.of(new Block(0, text.length(), false)), null)));
        AnnotatedText analysed = extractor.analyze(document);
        Entities entities = extractor.entities(analysed);
        int at = sample.trigger().start();
        for (Sentence sentence : analysed.sentences()) {
            for (int i = 0; i < sentence.tokens().size(); i++) {
                if (sentence.tokens().get(i).start() == at) {
                    return question(sentence, i, EventType.valueOf(sample.trigger().label()), entities);
                }
            }
        }
        return null;
    }

    private AgentQuestion question(Sentence sentence, int trigger, EventType type, Entities entities) {
        List<Mention> mentions = new ArrayList<>();
        for (Entity e : entities.entities()) {
            e.mentions().stream().filter(m -> m.sentence() == sentence.index()).forEach(mentions::add);
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        Map<Integer, Entity> byStart = entities.byMentionStart();
        Entity claimant = claims.claimant(sentence, mentions, entities);
        ArgumentReader.Arguments args = arguments.read(sentence, trigger, mentions, byStart, claimant);
        return new AgentQuestion(type, sentence, trigger, mentions, byStart, claimant, args.place(), args.agent());
    }

    /**
     * A sample as the model is taught it.
     *
     * @param agent      the annotated agent
     * @param type       the event type
     * @param question   what the extractor knew, or null when the trigger fell inside a word
     * @param candidates every candidate, true for those that name the agent
     * @param reachable  whether any candidate names it
     */
    public record Labelled(String agent, EventType type, AgentQuestion question,
                           Map<AgentCandidate, Boolean> candidates, boolean reachable) {
    }
}
