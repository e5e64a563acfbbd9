package org.warkg.event;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.warkg.entity.Entities;
import org.warkg.entity.Entity;
import org.warkg.gazetteer.EntityType;
import org.warkg.mention.Mention;
import org.warkg.nlp.Sentence;

/**
 * Resolves a place the sentence only refers to ("in the region", "the city's
 * mayor") to the last place of that kind named earlier in the same story: a
 * region for "the region" or "the oblast", a town for "the city", "the town" or
 * "the village"; and "Ukrainian territory" to the country, when the document names it.
 */
final class PlaceReference {

    private static final Pattern REGION = Pattern.compile("\\bthe (?:region|oblast|province)\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern TOWN = Pattern.compile("\\bthe (?:city|town|village|settlement)\\b",
        Pattern.CASE_INSENSITIVE);
    /**
     * A country's ground or the sites on it named by its adjective: "against Ukrainian territory",
     * "on Russian soil", "hits Russian air bases".
     */
    private static final Pattern TERRITORY = Pattern.compile(
        "\\b(\\p{Lu}\\p{L}+) (?:territory|soil|airspace|air ?bases?|airfields?|airports?|regions?|cities|towns"
        + "|villages|(?:oil )?refiner(?:y|ies)|oil depots?)\\b");
    /** Gazetteer depth of a region (country 0) and of a town. */
    private static final int REGION_DEPTH = 1;
    private static final int TOWN_DEPTH = 2;

    private final ArgumentReader places;

    PlaceReference(ArgumentReader places) {
        this.places = places;
    }

    /** The place the sentence refers to, or null when it refers to none or none was named. */
    Entity resolve(Sentence sentence, List<Sentence> all, Entities entities) {
        Matcher territory = TERRITORY.matcher(sentence.text());
        if (territory.find()) {
            String country = ArgumentReader.country(territory.group(1));
            Entity named = country == null ? null : entities.entities().stream()
                .filter(e -> e.type() == EntityType.Location && e.name().equals(country)).findFirst().orElse(null);
            if (named != null) {
                return named;
            }
        }
        String text = sentence.text().toLowerCase(Locale.ROOT);
        int depth = REGION.matcher(text).find() ? REGION_DEPTH : TOWN.matcher(text).find() ? TOWN_DEPTH : -1;
        if (depth < 0) {
            return null;
        }
        Entity last = null;
        int lastStart = -1;
        for (Entity e : entities.entities()) {
            if (e.type() != EntityType.Location || places.depth(e.gazetteerId()) != depth) {
                continue;
            }
            for (Mention m : e.mentions()) {
                Sentence at = all.get(m.sentence());
                if (at.story() == sentence.story() && m.sentence() < sentence.index() && m.start() > lastStart) {
                    last = e;
                    lastStart = m.start();
                }
            }
        }
        return last;
    }
}
