package org.warkg.gazetteer;

import java.util.Locale;

/** The five kinds of named entity the graph holds, named as in the record format. */
public enum EntityType {
    Person, Organization, MilitaryUnit, Location, Weapon;

    /** The type for a name-finder tag such as {@code person} or {@code unit}. */
    public static EntityType fromTag(String tag) {
        return switch (tag.toLowerCase(Locale.ROOT)) {
            case "person" -> Person;
            case "organization", "org" -> Organization;
            case "unit", "militaryunit" -> MilitaryUnit;
            case "location", "place" -> Location;
            case "weapon" -> Weapon;
            default -> throw new IllegalArgumentException("Unknown entity tag: " + tag);
        };
    }
}
