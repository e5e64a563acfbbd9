package org.warkg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.warkg.record.DocumentRecord;
import org.warkg.record.EntityRecord;
import org.warkg.record.EventRecord;

/**
 * Scores extraction records against gold annotations with the matching rules of
 * the project's scorer: entities match when their types are equal and their name
 * sets (name plus aliases) share a member; events match when their types are
 * equal, their dates do not disagree (a month agrees with every day in it), and
 * their places match or their evidence sentences overlap by half their words.
 */
public final class RecordEvaluator {

    private static final Set<String> ORG_LIKE = Set.of("Organization", "MilitaryUnit");
    private static final double EVIDENCE_OVERLAP = 0.5;
    private static final List<String> ATTRIBUTES = List.of("date", "location", "agent", "killed", "injured",
        "reportedBy");

    /** Scores predictions (by document id) against gold (by document id). */
    public Evaluation evaluate(Map<String, DocumentRecord> gold, Map<String, DocumentRecord> pred) {
        Map<String, Counts> lines = new TreeMap<>();
        Map<String, int[]> attributes = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String doc : new TreeSet<>(gold.keySet())) {
            DocumentRecord g = gold.get(doc);
            DocumentRecord p = pred.get(doc);
            if (p == null) {
                missing.add(doc);
            }
            List<EntityRecord> pe = p == null ? List.of() : p.entities();
            List<EventRecord> pv = p == null ? List.of() : p.events();
            add(lines, "entity", count(g.entities(), pe, entityMatch(false), RecordEvaluator::entityScore));
            add(lines, "entity(coarse)", count(g.entities(), pe, entityMatch(true), RecordEvaluator::entityScore));
            perType(lines, "entity:", g.entities(), pe, EntityRecord::type, entityMatch(false),
                RecordEvaluator::entityScore);
            List<int[]> matched = BipartiteMatcher.match(g.events(), pv, RecordEvaluator::eventMatch,
                RecordEvaluator::eventScore);
            add(lines, "event", new Counts(matched.size(), pv.size(), g.events().size()));
            perType(lines, "event:", g.events(), pv, EventRecord::type, RecordEvaluator::eventMatch,
                RecordEvaluator::eventScore);
            for (int[] pair : matched) {
                attributes(attributes, g.events().get(pair[0]), pv.get(pair[1]));
            }
        }
        Map<String, Double> shares = new TreeMap<>();
        attributes.forEach((field, c) -> shares.put(field, c[1] == 0 ? null : (double) c[0] / c[1]));
        return new Evaluation(lines, shares, missing);
    }

    private static <T> Counts count(List<T> gold, List<T> pred, BiPredicate<T, T> ok,
                                    java.util.function.ToDoubleBiFunction<T, T> score) {
        return new Counts(BipartiteMatcher.match(gold, pred, ok, score).size(), pred.size(), gold.size());
    }

    private static <T> void perType(Map<String, Counts> lines, String prefix, List<T> gold, List<T> pred,
                                    Function<T, String> type, BiPredicate<T, T> ok,
                                    java.util.function.ToDoubleBiFunction<T, T> score) {
        Set<String> types = new TreeSet<>();
        gold.forEach(x -> types.add(String.valueOf(type.apply(x))));
        pred.forEach(x -> types.add(String.valueOf(type.apply(x))));
        for (String t : types) {
            List<T> gs = gold.stream().filter(x -> t.equals(String.valueOf(type.apply(x)))).toList();
            List<T> ps = pred.stream().filter(x -> t.equals(String.valueOf(type.apply(x)))).toList();
            add(lines, prefix + t, count(gs, ps, ok, score));
        }
    }

    private static void add(Map<String, Counts> lines, String label, Counts counts) {
        lines.merge(label, counts, Counts::plus);
    }

    private static Set<String> names(EntityRecord e) {
        Set<String> out = new HashSet<>();
        out.add(ScoreNames.norm(e.name()));
        e.aliases().forEach(a -> out.add(ScoreNames.norm(a)));
        out.remove("");
        return out;
    }

    private static BiPredicate<EntityRecord, EntityRecord> entityMatch(boolean coarse) {
        return (g, p) -> {
            boolean same = Objects.equals(g.type(), p.type())
                || coarse && ORG_LIKE.contains(g.type()) && ORG_LIKE.contains(p.type());
            if (!same) {
                return false;
            }
            Set<String> shared = names(g);
            shared.retainAll(names(p));
            return !shared.isEmpty();
        };
    }

    private static double entityScore(EntityRecord g, EntityRecord p) {
        Set<String> shared = names(g);
        shared.retainAll(names(p));
        return shared.size() + (ScoreNames.norm(g.name()).equals(ScoreNames.norm(p.name())) ? 1 : 0);
    }

    private static boolean datesAgree(String a, String b) {
        if (a == null || a.isEmpty() || b == null || b.isEmpty()) {
            return true;
        }
        int n = Math.min(a.length(), b.length());
        return a.substring(0, n).equals(b.substring(0, n));
    }

    private static boolean eventMatch(EventRecord g, EventRecord p) {
        return Objects.equals(g.type(), p.type()) && datesAgree(g.date(), p.date())
            && (ScoreNames.placeMatch(g.location(), p.location())
                || ScoreNames.overlap(g.evidence(), p.evidence()) >= EVIDENCE_OVERLAP);
    }

    private static double eventScore(EventRecord g, EventRecord p) {
        double s = ScoreNames.overlap(g.evidence(), p.evidence());
        s += ScoreNames.placeMatch(g.location(), p.location()) ? 1 : 0;
        s += g.date() != null && !g.date().isEmpty() && g.date().equals(p.date()) ? 1 : 0;
        return s;
    }

    private static void attributes(Map<String, int[]> counts, EventRecord g, EventRecord p) {
        for (String field : ATTRIBUTES) {
            Object gv = field(g, field);
            if (gv == null || "".equals(gv)) {
                continue;
            }
            Object pv = field(p, field);
            int[] c = counts.computeIfAbsent(field, f -> new int[2]);
            c[1]++;
            boolean right = switch (field) {
                case "date", "killed", "injured" -> String.valueOf(gv).equals(String.valueOf(pv));
                default -> ScoreNames.placeMatch((String) gv, (String) pv)
                    || ScoreNames.norm((String) gv).equals(ScoreNames.norm((String) pv));
            };
            c[0] += right ? 1 : 0;
        }
    }

    private static Object field(EventRecord e, String field) {
        return switch (field) {
            case "date" -> e.date();
            case "location" -> e.location();
            case "agent" -> e.agent();
            case "killed" -> e.killed();
            case "injured" -> e.injured();
            case "reportedBy" -> e.reportedBy();
            default -> throw new IllegalArgumentException(field);
        };
    }
}
