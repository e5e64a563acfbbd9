package org.warkg.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.warkg.gazetteer.EntityType;
import org.warkg.gazetteer.NameKey;
import org.warkg.mention.Mention;

/**
 * Joins transliteration variants of one person's name within a document
 * ("Sergei Shoigu" and "Sergey Shoigu", "Volodymyr Zelensky" and "Zelenskyy"):
 * full names whose first names share the initial and whose surnames differ by at
 * most two letters.
 */
final class NameVariants {

    private static final int MAX_EDITS = 2;
    private static final int MIN_SURNAME = 4;

    private NameVariants() {}

    /** Merges person clusters in place; the cluster seen first keeps the mentions. */
    static void mergePersons(Map<String, List<Mention>> clusters) {
        List<String> keys = new ArrayList<>(clusters.keySet());
        for (int i = 0; i < keys.size(); i++) {
            List<Mention> a = clusters.get(keys.get(i));
            if (a == null || !isPerson(a)) {
                continue;
            }
            for (int j = i + 1; j < keys.size(); j++) {
                List<Mention> b = clusters.get(keys.get(j));
                if (b != null && isPerson(b) && variants(fullName(a), fullName(b))) {
                    a.addAll(b);
                    a.sort(Comparator.comparingInt(Mention::start));
                    clusters.remove(keys.get(j));
                }
            }
        }
    }

    private static boolean isPerson(List<Mention> cluster) {
        return cluster.get(0).type() == EntityType.Person;
    }

    private static String[] fullName(List<Mention> cluster) {
        return cluster.stream().map(m -> NameKey.of(SurfaceForms.clean(m.text())).split(" "))
            .max(Comparator.comparingInt(parts -> parts.length)).orElseThrow();
    }

    private static boolean variants(String[] a, String[] b) {
        if (a.length < 2 || b.length < 2) {
            return false;
        }
        String surnameA = a[a.length - 1];
        String surnameB = b[b.length - 1];
        return a[0].charAt(0) == b[0].charAt(0) && surnameA.length() >= MIN_SURNAME
            && surnameB.length() >= MIN_SURNAME && editDistance(surnameA, surnameB) <= MAX_EDITS
            && editDistance(a[0], b[0]) <= MAX_EDITS + 1;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
