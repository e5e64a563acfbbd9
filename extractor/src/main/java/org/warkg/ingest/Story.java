package org.warkg.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * One story of a document: a headline and the paragraphs under it, with the date the
 * page gives it. Feed pages and live blogs hold many.
 *
 * @param date   the story's date, or null when the page gives none
 * @param blocks the headline and paragraphs, as spans into the document text
 * @param outlet the outlet that published the story when the page names one for it (a feed
 *               reader's entry), else null: the page's outlet
 */
public record Story(LocalDate date, List<Block> blocks, String outlet) {

    public Story {
        blocks = List.copyOf(blocks);
    }

    /** The headline block, or null when the story has none. */
    public Block headline() {
        return blocks.stream().filter(Block::headline).findFirst().orElse(null);
    }
}
