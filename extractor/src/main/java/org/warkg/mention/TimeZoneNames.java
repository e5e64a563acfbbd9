package org.warkg.mention;

import java.util.Locale;

import org.warkg.gazetteer.EntityType;
import org.warkg.nlp.Sentence;

/**
 * A city named for its clock ("sirens at dawn, Kyiv time") is a time zone, not a
 * place where anything happened: such a mention is no place.
 */
final class TimeZoneNames {

    private TimeZoneNames() {}

    /** Whether the place mention is the name of a time zone. */
    static boolean holds(Sentence sentence, Mention mention) {
        if (mention.type() != EntityType.Location || mention.tokenEnd() >= sentence.tokens().size()) {
            return false;
        }
        return sentence.tokens().get(mention.tokenEnd()).text().toLowerCase(Locale.ROOT).equals("time");
    }
}
