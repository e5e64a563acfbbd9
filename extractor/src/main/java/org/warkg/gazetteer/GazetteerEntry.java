package org.warkg.gazetteer;

import java.util.List;

/**
 * One real-world entity of the gazetteer.
 *
 * @param id       stable id with a type prefix, such as {@code place/sudzha-ru-kursk}
 * @param type     the entity type
 * @param name     the canonical English name
 * @param aliases  other surface forms: short names, acronyms, transliterations
 * @param wikidata a Wikidata Q-id known for certain, or null
 * @param parent   id of the containing region or country, or null
 * @param lat      latitude in degrees, or null
 * @param lon      longitude in degrees, or null
 */
public record GazetteerEntry(String id, EntityType type, String name, List<String> aliases, String wikidata,
                             String parent, Double lat, Double lon) {

    public GazetteerEntry {
        aliases = List.copyOf(aliases);
    }
}
