package org.warkg.mention;

import org.warkg.nlp.Sentence;

/**
 * Site furniture the ingest stage lets through: section headings and mastheads set in
 * capitals ("BORDER AREAS", "THE EVENING LEDGER"). The name model reads runs of
 * capitals as names, mostly weapons and organizations; in such a line only a name the
 * gazetteer knows ("NATO", "KYIV") is trusted.
 */
final class Furniture {

    private Furniture() {}

    /** Whether the mention stands in a heading set in capitals and no gazetteer entry vouches for it. */
    static boolean holds(Sentence sentence, Mention mention) {
        return mention.gazetteerId() == null && isCapitalsHeading(sentence.text());
    }

    /** A line with letters, none of them lower case. */
    static boolean isCapitalsHeading(String line) {
        return line.chars().anyMatch(Character::isLetter) && line.chars().noneMatch(Character::isLowerCase);
    }
}
