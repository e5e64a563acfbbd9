package org.warkg.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.warkg.eval.Accuracy;
import org.warkg.eval.Counts;
import org.warkg.eval.Evaluation;

/**
 * Prints an evaluation: the precision, recall and F1 lines in the layout of
 * {@code shared/tools/score.py}, so the two can be read side by side, then how often
 * each event attribute was right on matched events.
 */
final class EvaluationReport {

    private EvaluationReport() {}

    static void print(Evaluation evaluation, PrintStream out) {
        out.printf("%-28s %5s %5s %5s %6s %6s %6s%n", "what", "gold", "pred", "tp", "P", "R", "F1");
        Map<String, Counts> lines = evaluation.lines();
        Stream.of(ordered(lines, "entity"), ordered(lines, "event")).flatMap(List::stream).forEach(label -> {
            Counts c = lines.get(label);
            out.printf(Locale.ROOT, "%-28s %5d %5d %5d %6.3f %6.3f %6.3f%n", label, c.gold(), c.pred(), c.tp(),
                c.precision(), c.recall(), c.f1());
        });
        out.println();
        out.printf("%-28s %5s %5s %8s%n", "attribute of matched events", "gold", "right", "accuracy");
        evaluation.attributes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Accuracy a = e.getValue();
            out.printf(Locale.ROOT, "%-28s %5d %5d %8.3f%n", e.getKey(), a.total(), a.right(), a.value());
        });
        if (!evaluation.missing().isEmpty()) {
            out.println("no prediction for: " + String.join(", ", evaluation.missing()));
        }
        out.printf(Locale.ROOT, "entity_f1=%.3f event_f1=%.3f%n", f1(lines, "entity"), f1(lines, "event"));
    }

    private static double f1(Map<String, Counts> lines, String label) {
        Counts c = lines.get(label);
        return c == null ? 0 : c.f1();
    }

    private static List<String> ordered(Map<String, Counts> lines, String kind) {
        Stream<String> head = kind.equals("entity") ? Stream.of("entity", "entity(coarse)") : Stream.of("event");
        return Stream.concat(head.filter(lines::containsKey),
            lines.keySet().stream().filter(k -> k.startsWith(kind + ":")).sorted()).toList();
    }
}
