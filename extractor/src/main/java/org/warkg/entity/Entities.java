package org.warkg.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.warkg.mention.Mention;
import org.warkg.nlp.AnnotatedText;

/**
 * The entities of one document, with a look-up from a mention's position to its entity.
 * The look-up is built once: event extraction consults it for every trigger.
 */
public final class Entities {

    private final AnnotatedText text;
    private final List<Entity> entities;
    private final Map<Integer, Entity> byMentionStart;

    /**
     * @param text     the annotated text they were found in
     * @param entities the entities, in order of first mention
     */
    public Entities(AnnotatedText text, List<Entity> entities) {
        this.text = text;
        this.entities = List.copyOf(entities);
        Map<Integer, Entity> index = new HashMap<>();
        for (Entity entity : this.entities) {
            for (Mention mention : entity.mentions()) {
                index.put(mention.start(), entity);
            }
        }
        this.byMentionStart = Map.copyOf(index);
    }

    /** The annotated text the entities were found in. */
    public AnnotatedText text() {
        return text;
    }

    /** The entities, in order of first mention. */
    public List<Entity> entities() {
        return entities;
    }

    /** The entity each mention belongs to, keyed by the mention's start offset. */
    public Map<Integer, Entity> byMentionStart() {
        return byMentionStart;
    }

    /** The entity with the given id, or null. */
    public Entity byId(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }
}
