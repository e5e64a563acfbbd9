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
 * @param knownAs     other names the gazetteer knows the entity by (spellings, old names), so that a
 *                    reader finds it under a name this document does not use
 */
@JsonPropertyOrder({"id", "type", "name", "aliases", "roles", "wikidata", "gazetteerId", "parent", "lat", "lon",
    "mentions", "knownAs"})
public record EntityRecord(String id, String type, String name, List<String> aliases, List<String> roles,
                           String wikidata, String gazetteerId, String parent, Double lat, Double lon,
                           List<SpanRecord> mentions, List<String> knownAs) {

    public EntityRecord {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        knownAs = knownAs == null ? List.of() : List.copyOf(knownAs);
    }
}
