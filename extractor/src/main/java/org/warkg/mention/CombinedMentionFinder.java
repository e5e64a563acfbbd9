package org.warkg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.warkg.nlp.AnnotatedText;

/**
 * Runs several finders and keeps one mention where their findings overlap: the
 * longer one, and on equal length the one from the finder listed first. Words
 * that look like names but are none ({@link NotNames}) are dropped.
 */
public final class CombinedMentionFinder implements MentionFinder {

    private final List<MentionFinder> finders;
    private final NotNames notNames = NotNames.standard();

    /** @param finders in order of trust, most trusted first */
    public CombinedMentionFinder(List<MentionFinder> finders) {
        this.finders = List.copyOf(finders);
    }

    @Override
    public List<Mention> find(AnnotatedText text) {
        List<Ranked> all = new ArrayList<>();
        for (int rank = 0; rank < finders.size(); rank++) {
            for (Mention mention : finders.get(rank).find(text)) {
                if (!notNames.excludes(mention)) {
                    all.add(new Ranked(mention, rank));
                }
            }
        }
        all.sort(Comparator.comparingInt((Ranked r) -> -(r.mention.end() - r.mention.start()))
            .thenComparingInt(r -> r.rank));
        List<Mention> kept = new ArrayList<>();
        for (Ranked candidate : all) {
            if (kept.stream().noneMatch(m -> m.overlaps(candidate.mention))) {
                kept.add(candidate.mention);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }

    private record Ranked(Mention mention, int rank) {
    }
}
