package org.warkg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.warkg.gazetteer.EntityType;
import org.warkg.nlp.AnnotatedText;

/**
 * Runs several finders and keeps one mention where their findings overlap: the
 * longer one, and on equal length the one from the finder listed first. One
 * exception: a less trusted mention that ends with a person a more trusted finder
 * found ("US Vice President Kamala Harris" around "Kamala Harris") is a title
 * read as part of the name, and the person is kept. Words that look like names
 * but are none ({@link NotNames}), unknown names in headings set in capitals
 * ({@link Furniture}) and cities named for their clocks ({@link TimeZoneNames}) are dropped.
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
                if (!notNames.excludes(mention)
                        && !Furniture.holds(text.sentences().get(mention.sentence()), mention)
                        && !TimeZoneNames.holds(text.sentences().get(mention.sentence()), mention)) {
                    all.add(new Ranked(mention, rank));
                }
            }
        }
        Map<Integer, Ranked> personsByEnd = new HashMap<>();
        for (Ranked r : all) {
            if (r.mention.type() == EntityType.Person) {
                personsByEnd.merge(r.mention.end(), r, (a, b) -> a.rank <= b.rank ? a : b);
            }
        }
        all.removeIf(candidate -> {
            Ranked person = personsByEnd.get(candidate.mention.end());
            return person != null && person.endsWithin(candidate);
        });
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

        /** Whether this person, ending where the other ends, is inside it and more trusted. */
        boolean endsWithin(Ranked other) {
            return rank < other.rank && mention.start() > other.mention.start();
        }
    }
}
