package org.warkg.eval;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;

/**
 * When a gold item and a predicted one may match, and how close they are: the closest
 * pairs are matched first, one to one. Entities and events share the counting; only
 * the rule differs.
 *
 * @param ok        whether the two may match
 * @param closeness how well they agree, to prefer the better of two possible matches
 * @param <T>       the item type, the same for gold and predictions
 */
record MatchRule<T>(BiPredicate<T, T> ok, ToDoubleBiFunction<T, T> closeness) {

    /** The matched pairs as {gold index, predicted index}. */
    List<int[]> match(List<T> gold, List<T> pred) {
        return BipartiteMatcher.match(gold, pred, ok, closeness);
    }

    /** Matched, predicted and gold items. */
    Counts count(List<T> gold, List<T> pred) {
        return new Counts(match(gold, pred).size(), pred.size(), gold.size());
    }

    /** {@link #count} per type, labelled {@code prefix + type}; items match only within their type. */
    Map<String, Counts> countPerType(String prefix, List<T> gold, List<T> pred, Function<T, String> type) {
        Set<String> types = new TreeSet<>();
        gold.forEach(x -> types.add(String.valueOf(type.apply(x))));
        pred.forEach(x -> types.add(String.valueOf(type.apply(x))));
        Map<String, Counts> lines = new TreeMap<>();
        for (String t : types) {
            List<T> gs = gold.stream().filter(x -> t.equals(String.valueOf(type.apply(x)))).toList();
            List<T> ps = pred.stream().filter(x -> t.equals(String.valueOf(type.apply(x)))).toList();
            lines.put(prefix + t, count(gs, ps));
        }
        return lines;
    }
}
