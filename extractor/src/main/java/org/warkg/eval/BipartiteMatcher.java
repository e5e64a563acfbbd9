package org.warkg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.ToDoubleBiFunction;

/**
 * One-to-one matching of gold items to predicted ones: the closest pairs (by score)
 * are taken first, then augmenting paths make the matching maximum.
 */
final class BipartiteMatcher {

    private BipartiteMatcher() {}

    /** The matched pairs as {gold index, predicted index}. */
    static <G, P> List<int[]> match(List<G> gold, List<P> pred, BiPredicate<G, P> ok,
                                    ToDoubleBiFunction<G, P> score) {
        List<List<Integer>> adjacent = new ArrayList<>();
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            List<Integer> row = new ArrayList<>();
            for (int j = 0; j < pred.size(); j++) {
                if (ok.test(gold.get(i), pred.get(j))) {
                    row.add(j);
                    pairs.add(new double[] {score.applyAsDouble(gold.get(i), pred.get(j)), i, j});
                }
            }
            adjacent.add(row);
        }
        int[] matchOfGold = new int[gold.size()];
        int[] matchOfPred = new int[pred.size()];
        Arrays.fill(matchOfGold, -1);
        Arrays.fill(matchOfPred, -1);
        pairs.sort(Comparator.comparingDouble((double[] p) -> -p[0]));
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (matchOfGold[i] == -1 && matchOfPred[j] == -1) {
                matchOfGold[i] = j;
                matchOfPred[j] = i;
            }
        }
        for (int i = 0; i < gold.size(); i++) {
            if (matchOfGold[i] == -1) {
                augment(i, adjacent, matchOfGold, matchOfPred, new HashSet<>());
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int j = 0; j < pred.size(); j++) {
            if (matchOfPred[j] != -1) {
                out.add(new int[] {matchOfPred[j], j});
            }
        }
        return out;
    }

    private static boolean augment(int i, List<List<Integer>> adjacent, int[] matchOfGold, int[] matchOfPred,
                                   Set<Integer> seen) {
        for (int j : adjacent.get(i)) {
            if (!seen.add(j)) {
                continue;
            }
            if (matchOfPred[j] == -1 || augment(matchOfPred[j], adjacent, matchOfGold, matchOfPred, seen)) {
                matchOfPred[j] = i;
                matchOfGold[i] = j;
                return true;
            }
        }
        return false;
    }
}
