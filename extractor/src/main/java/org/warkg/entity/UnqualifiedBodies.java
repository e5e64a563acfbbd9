package org.warkg.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.warkg.gazetteer.Gazetteer;
import org.warkg.gazetteer.GazetteerEntry;
import org.warkg.gazetteer.NameKey;
import org.warkg.mention.Mention;

/**
 * Joins a body named without its country ("the Defence Ministry", "the Foreign
 * Ministry") to the country's body the document names in full ("Russia's Defence
 * Ministry"): news writes the country once and then drops it. The body is the
 * gazetteer entry with a name that ends in the unqualified one; where the document
 * names several (the Russian and the Ukrainian ministry), the one named last before.
 */
final class UnqualifiedBodies {

    private UnqualifiedBodies() {}

    /** Merges clusters in place; the qualified cluster takes the mentions. */
    static void merge(Map<String, List<Mention>> clusters, Gazetteer gazetteer) {
        for (String key : new ArrayList<>(clusters.keySet())) {
            List<Mention> cluster = clusters.get(key);
            if (cluster.get(0).gazetteerId() != null || gazetteer.byId(key) != null) {
                continue;
            }
            String bare = NameKey.of(SurfaceForms.clean(cluster.get(0).text()));
            if (bare.indexOf(' ') < 0 || cluster.stream().anyMatch(m -> !NameKey.of(SurfaceForms.clean(m.text()))
                    .equals(bare))) {
                continue;
            }
            String target = qualified(clusters, gazetteer, cluster, bare);
            if (target != null) {
                clusters.get(target).addAll(cluster);
                clusters.get(target).sort(Comparator.comparingInt(Mention::start));
                clusters.remove(key);
            }
        }
    }

    /**
     * The key of the cluster of a gazetteer body that qualifies the bare name: the one
     * named closest before the bare use, else the one named first after it.
     */
    private static String qualified(Map<String, List<Mention>> clusters, Gazetteer gazetteer, List<Mention> cluster,
                                    String bare) {
        int use = cluster.get(0).start();
        String before = null;
        String after = null;
        int beforeStart = -1;
        int afterStart = Integer.MAX_VALUE;
        for (Map.Entry<String, List<Mention>> candidate : clusters.entrySet()) {
            GazetteerEntry entry = gazetteer.byId(candidate.getKey());
            if (entry == null || entry.type() != cluster.get(0).type() || !qualifies(entry, bare)) {
                continue;
            }
            for (Mention mention : candidate.getValue()) {
                int start = mention.start();
                if (start < use && start > beforeStart) {
                    before = candidate.getKey();
                    beforeStart = start;
                } else if (start > use && start < afterStart) {
                    after = candidate.getKey();
                    afterStart = start;
                }
            }
        }
        return before != null ? before : after;
    }

    private static boolean qualifies(GazetteerEntry entry, String bare) {
        if (NameKey.of(entry.name()).endsWith(" " + bare)) {
            return true;
        }
        return entry.aliases().stream().anyMatch(alias -> NameKey.of(alias).endsWith(" " + bare));
    }
}
