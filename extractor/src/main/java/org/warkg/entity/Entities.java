package org.warkg.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.warkg.mention.Mention;
import org.warkg.nlp.AnnotatedText;

/**
 * The entities of one document, with a look-up from a mention's position to its entity.
 *
 * @param text     the annotated text they were found in
 * @param entities the entities, in order of first mention
 */
public record Entities(AnnotatedText text, List<Entity> entities) {

    public Entities {
        entities = List.copyOf(entities);
    }

    /** The entity each mention belongs to, keyed by the mention's start offset. */
    public Map<Integer, Entity> byMentionStart() {
        Map<Integer, Entity> index = new HashMap<>();
        for (Entity entity : entities) {
            for (Mention mention : entity.mentions()) {
                index.put(mention.start(), entity);
            }
        }
        return index;
    }

    /** The entity with the given id, or null. */
    public Entity byId(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }
}
