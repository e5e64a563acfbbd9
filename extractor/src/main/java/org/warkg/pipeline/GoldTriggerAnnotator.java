package org.warkg.pipeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.warkg.event.EventType;
import org.warkg.event.detect.TriggerFeatures;
import org.warkg.event.detect.TriggerLexicon;
import org.warkg.event.detect.TriggerSample;
import org.warkg.ingest.SourceDocument;
import org.warkg.nlp.AnnotatedText;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;
import org.warkg.record.DocumentRecord;
import org.warkg.record.EventRecord;

/**
 * Turns a gold-annotated article into trigger training data. Each gold event marks,
 * in the sentence its evidence quotes, every candidate word that may signal its type.
 * A candidate elsewhere is a non-event where its clause says why; otherwise it may
 * retell an event the gold annotated once, and is marked unsure and left out.
 */
public final class GoldTriggerAnnotator {

    /** Share of words an evidence quote and a sentence must share to be one sentence. */
    private static final double SAME_SENTENCE = 0.5;

    private final Extractor extractor;
    private final TriggerLexicon lexicon;
    private final TriggerFeatures features;

    public GoldTriggerAnnotator(Extractor extractor, TriggerLexicon lexicon) {
        this.extractor = extractor;
        this.lexicon = lexicon;
        this.features = new TriggerFeatures(lexicon);
    }

    /**
     * The article's sentences that hold a candidate word, each as a line of trigger
     * training data, and a note for every gold event no candidate could carry.
     */
    public Annotation annotate(SourceDocument document, DocumentRecord gold) {
        AnnotatedText text = extractor.analyze(document);
        List<Sentence> sentences = text.sentences();
        List<List<EventRecord>> told = new ArrayList<>();
        sentences.forEach(s -> told.add(new ArrayList<>()));
        List<String> notes = new ArrayList<>();
        for (EventRecord event : gold.events()) {
            int best = bestSentence(sentences, event.evidence());
            if (best < 0) {
                notes.add(document.source() + ": no sentence quotes \"" + event.evidence() + "\"");
            } else {
                told.get(best).add(event);
            }
        }
        List<String> lines = new ArrayList<>();
        List<String> agents = new ArrayList<>();
        for (Sentence sentence : sentences) {
            String[] labels = labels(sentence, told.get(sentence.index()), gold.events(), notes, document.source());
            if (labels != null) {
                lines.add(marked(sentence, labels));
                agents.addAll(agentLines(sentence, labels, told.get(sentence.index())));
            }
        }
        return new Annotation(lines, agents, notes);
    }

    /**
     * One line of agent data for each event of the sentence whose agent the gold names:
     * the agent, a tab, and the sentence with only that event's trigger marked. Two events
     * of one type take the type's marked words in turn.
     */
    private static List<String> agentLines(Sentence sentence, String[] labels, List<EventRecord> told) {
        List<String> out = new ArrayList<>();
        boolean[] used = new boolean[labels.length];
        for (EventRecord event : told) {
            for (int i = 0; i < labels.length; i++) {
                if (!used[i] && event.type().equals(labels[i])) {
                    used[i] = true;
                    if (event.agent() != null && !event.agent().isBlank()) {
                        String[] only = new String[labels.length];
                        only[i] = labels[i];
                        out.add(event.agent().strip() + "\t" + marked(sentence, only));
                    }
                    break;
                }
            }
        }
        return out;
    }

    private String[] labels(Sentence sentence, List<EventRecord> told, List<EventRecord> all, List<String> notes,
                        String source) {
        List<Token> tokens = sentence.tokens();
        String[] labels = new String[tokens.size()];
        boolean any = false;
        for (int i = 0; i < tokens.size(); i++) {
            any |= !lexicon.typesOf(tokens.get(i)).isEmpty();
        }
        if (!any) {
            return null;
        }
        for (EventRecord event : told) {
            EventType type = EventType.valueOf(event.type());
            boolean carried = mark(tokens, labels, type, true) || mark(tokens, labels, type, false)
                || Arrays.asList(labels).contains(type.name());
            if (!carried) {
                notes.add(source + ": no candidate word for " + type + " in \"" + sentence.text() + "\"");
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Set<EventType> types = lexicon.typesOf(tokens.get(i));
            if (labels[i] == null && !types.isEmpty() && mayRetell(sentence, i, types, all)) {
                labels[i] = TriggerSample.UNSURE;
            }
        }
        return labels;
    }

    /**
     * Marks the free words that may signal the type; with {@code first}, only those whose
     * first type it is, so that "repelled an assault and pushed them out of the village"
     * gives the attack to "repelled" and the territorial change to "pushed".
     */
    private boolean mark(List<Token> tokens, String[] labels, EventType type, boolean first) {
        boolean marked = false;
        for (int i = 0; i < tokens.size(); i++) {
            Set<EventType> types = lexicon.typesOf(tokens.get(i));
            boolean fits = first ? !types.isEmpty() && types.iterator().next() == type : types.contains(type);
            if (labels[i] == null && fits) {
                labels[i] = type.name();
                marked = true;
            }
        }
        return marked;
    }

    /**
     * Whether a candidate outside every gold event's sentence may retell one of the page's
     * events: gold annotates an event once, so only a candidate that its clause gives a
     * reason to be no event (a modal, a negation, a plan, a modified noun) is taught as one.
     */
    private boolean mayRetell(Sentence sentence, int token, Set<EventType> types, List<EventRecord> events) {
        boolean sameType = events.stream().anyMatch(e -> types.contains(EventType.valueOf(e.type())));
        return sameType && !features.hasReasonForNone(sentence, token);
    }

    private static String marked(Sentence sentence, String[] labels) {
        StringBuilder out = new StringBuilder();
        int at = sentence.start();
        String text = sentence.text();
        for (int i = 0; i < labels.length; i++) {
            Token token = sentence.tokens().get(i);
            if (labels[i] != null) {
                out.append(text, at - sentence.start(), token.start() - sentence.start());
                out.append("[[").append(token.text()).append('|').append(labels[i]).append("]]");
                at = token.end();
            }
        }
        out.append(text.substring(at - sentence.start()));
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static int bestSentence(List<Sentence> sentences, String evidence) {
        Set<String> quoted = words(evidence);
        int best = -1;
        double bestShare = SAME_SENTENCE;
        for (Sentence sentence : sentences) {
            Set<String> words = words(sentence.text());
            Set<String> union = new HashSet<>(words);
            union.addAll(quoted);
            words.retainAll(quoted);
            double share = union.isEmpty() ? 0 : (double) words.size() / union.size();
            if (share >= bestShare) {
                best = sentence.index();
                bestShare = share;
            }
        }
        return best;
    }

    private static Set<String> words(String text) {
        return new HashSet<>(Arrays.asList(fold(text).split(" ")));
    }

    private static String fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /**
     * Trigger training lines of one article, and what could not be annotated.
     *
     * @param lines  one marked sentence per line
     * @param agents one line of agent data per event whose agent the gold names
     * @param notes  gold events that no sentence or no candidate word carries
     */
    public record Annotation(List<String> lines, List<String> agents, List<String> notes) {
    }
}
