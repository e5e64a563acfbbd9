package org.warkg.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.warkg.gazetteer.EntityType;
import org.warkg.mention.Mention;

/**
 * One real-world entity of a document, with every mention of it.
 *
 * @param id          id within the document ({@code e1}, {@code e2}, ...)
 * @param type        the entity type
 * @param name        the canonical name: the gazetteer's, else the fullest form in the text
 * @param aliases     the other forms the text uses
 * @param roles       posts the text gives a person, e.g. "Governor of Kursk Oblast"
 * @param gazetteerId the gazetteer entry, or null
 * @param mentions    the mentions, in text order
 */
public record Entity(String id, EntityType type, String name, List<String> aliases, List<String> roles,
                     String gazetteerId, List<Mention> mentions) {

    /** Letters a word may differ by and still be the same word spelt another way. */
    private static final int MAX_SPELLING_EDITS = 2;
    /** Words that say what kind of region a name is: "Kursk region" is Kursk Oblast written another way. */
    private static final Set<String> REGION_WORDS = Set.of("region", "oblast", "district", "raion", "province",
        "krai", "republic");

    public Entity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }

    /** Whether the text is this entity's name or one of its aliases, in any case. */
    public boolean isNamed(String text) {
        return text.equalsIgnoreCase(name) || aliases.stream().anyMatch(text::equalsIgnoreCase);
    }

    /**
     * The name as a mention writes it when that is only another spelling of the
     * canonical name ("Kulbaky" for Kulbaki, "Kiev" for Kyiv): readers and annotators
     * check a place against the words of the sentence. So does a region named with another
     * word for its kind ("Kursk region" for Kursk Oblast). Other forms give the canonical name.
     */
    public String nameAsWritten(Mention mention) {
        String written = SurfaceForms.clean(mention.text());
        if (written.equalsIgnoreCase(name)) {
            return name;
        }
        String[] writtenWords = written.split(" ");
        String[] nameWords = name.split(" ");
        if (namesRegion(writtenWords) && namesRegion(nameWords)) {
            return written;
        }
        if (writtenWords.length != nameWords.length) {
            return name;
        }
        for (int i = 0; i < nameWords.length; i++) {
            if (NameVariants.editDistance(writtenWords[i].toLowerCase(Locale.ROOT),
                    nameWords[i].toLowerCase(Locale.ROOT)) > MAX_SPELLING_EDITS) {
                return name;
            }
        }
        return written;
    }

    private static boolean namesRegion(String[] words) {
        return words.length > 1 && REGION_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }
}
