package org.warkg.entity;

import java.util.List;

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

    public Entity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }
}
