package org.warkg.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One story of a record's page (a live-blog entry, a feed item, a digest item; a plain
 * article is one story), so that every event can name the headline it ran under.
 *
 * @param position the story's place on the page, from 1
 * @param headline the story's headline, or null
 * @param date     the story's date (ISO), or null
 * @param start    where the story starts in the document text
 * @param end      where it ends
 * @param outlet   the outlet the page names for this story (a feed reader's entry), or null
 */
@JsonPropertyOrder({"position", "headline", "date", "start", "end", "outlet"})
public record StoryRecord(int position, String headline, String date, int start, int end, String outlet) {
}
