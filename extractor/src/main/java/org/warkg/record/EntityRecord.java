package org.warkg.record;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An entity in a record.
 *
 * @param id          id within the document
 * @param type        Person, Organization, MilitaryUnit, Location or Weapon
 * @param name        the canonical name
 * @param aliases     other forms used in the document
 * @param roles       posts the document gives a person
 * @param wikidata    Wikidata Q-id, or null
 * @param gazetteerId the gazetteer entry, or null
 * @param parent      gazetteer id of the containing place, or null
 * @param lat         latitude, or null
 * @param lon         longitude, or null
 * @param mentions    where the entity is named
 */
@JsonPropertyOrder({"id", "type", "name", "aliases", "roles", "wikidata", "gazetteerId", "parent", "lat", "lon",
    "mentions"})
public record EntityRecord(String id, String type, String name, List<String> aliases, List<String> roles,
                           String wikidata, String gazetteerId, String parent, Double lat, Double lon,
                           List<SpanRecord> mentions) {

    public EntityRecord {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
