package org.warkg.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

import opennlp.tools.util.eval.Evaluator;
import org.warkg.record.DocumentRecord;
import org.warkg.record.EventRecord;

/**
 * Scores predicted events against gold, one gold document per sample, as OpenNLP's
 * evaluators score a tool against reference samples; {@link Counts} plays the part of
 * OpenNLP's {@code FMeasure}. The rules are those of {@code shared/tools/score.py}: events
 * match when their types are equal, their dates do not disagree (a month agrees with
 * every day in it) and their places match or their evidence sentences share half their
 * words; matching is one to one, closest pairs first. Each attribute is then judged on
 * the matched events whose gold gives it.
 */
public final class EventEvaluator extends Evaluator<DocumentRecord> {

    private static final double EVIDENCE_OVERLAP = 0.5;
    private static final MatchRule<EventRecord> RULE =
        new MatchRule<>(EventEvaluator::mayMatch, EventEvaluator::closeness);

    private final Function<DocumentRecord, DocumentRecord> predictor;
    private final Map<String, Counts> counts = new TreeMap<>();
    private final Map<String, Accuracy> attributes = new TreeMap<>();

    /**
     * @param predictor the predicted record of a gold document; null when there is none,
     *                  which scores as a prediction without events
     */
    public EventEvaluator(Function<DocumentRecord, DocumentRecord> predictor) {
        this.predictor = predictor;
    }

    @Override
    protected DocumentRecord processSample(DocumentRecord reference) {
        DocumentRecord predicted = predictor.apply(reference);
        List<EventRecord> gold = reference.events();
        List<EventRecord> pred = predicted == null ? List.of() : predicted.events();
        List<int[]> matched = RULE.match(gold, pred);
        counts.merge("event", new Counts(matched.size(), pred.size(), gold.size()), Counts::plus);
        RULE.countPerType("event:", gold, pred, EventRecord::type).forEach((t, c) -> counts.merge(t, c, Counts::plus));
        for (int[] pair : matched) {
            judge(gold.get(pair[0]), pred.get(pair[1]));
        }
        return predicted;
    }

    /** Counts over all events ("event") and per type ("event:Attack"), summed over the samples so far. */
    public Map<String, Counts> counts() {
        return Map.copyOf(counts);
    }

    /** Accuracy of each attribute (by its record field name) that some matched gold event gives. */
    public Map<String, Accuracy> attributes() {
        return Map.copyOf(attributes);
    }

    private void judge(EventRecord gold, EventRecord pred) {
        for (EventAttribute attribute : EventAttribute.values()) {
            if (attribute.given(gold)) {
                Accuracy one = new Accuracy(attribute.agrees(gold, pred) ? 1 : 0, 1);
                attributes.merge(attribute.label(), one, Accuracy::plus);
            }
        }
    }

    private static boolean mayMatch(EventRecord gold, EventRecord pred) {
        return Objects.equals(gold.type(), pred.type()) && datesAgree(gold.date(), pred.date())
            && (ScoreNames.placeMatch(gold.location(), pred.location())
                || ScoreNames.overlap(gold.evidence(), pred.evidence()) >= EVIDENCE_OVERLAP);
    }

    private static double closeness(EventRecord gold, EventRecord pred) {
        double s = ScoreNames.overlap(gold.evidence(), pred.evidence());
        s += ScoreNames.placeMatch(gold.location(), pred.location()) ? 1 : 0;
        s += gold.date() != null && !gold.date().isEmpty() && gold.date().equals(pred.date()) ? 1 : 0;
        return s;
    }

    /** Missing dates agree with any; otherwise the longer must begin with the shorter. */
    private static boolean datesAgree(String a, String b) {
        if (a == null || a.isEmpty() || b == null || b.isEmpty()) {
            return true;
        }
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).equals(b.substring(0, n));
    }
}
