package org.warkg.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warkg.quantity.LossCounter;
import org.warkg.time.EventDate;

/**
 * Makes one event of the repeated mentions of a real-world event in a document:
 * the same type in the same story at the same or a containing place, or at no
 * named place, with dates that do not disagree (a headline and its story, a photo
 * caption, a summary),
 * or the same type, place and explicit date anywhere in the document (a feed page
 * that tells a story twice), or the same type and words, or the same type and toll
 * (a page that tells a strike again under another heading). Every evidence sentence is kept.
 */
final class EventMerger {

    /** Characters a teaser must keep of a sentence to be taken as the same sentence cut off. */
    private static final int SAME_START = 60;
    private static final LossCounter LOSSES = new LossCounter();

    private EventMerger() {}

    /**
     * An event as first read, with where it was read.
     *
     * @param story        the story it comes from
     * @param explicitDate whether its sentence gave the date itself
     * @param place        the gazetteer id of its place, or null
     * @param headline     whether it was read from a headline, which sums up its story's events
     * @param event        the event
     */
    record Draft(int story, boolean explicitDate, String place, boolean headline, Event event) {
    }

    /**
     * The merged events, in order of first mention. Merging again until nothing changes
     * lets a toll or place learned from a later sentence join an event told earlier.
     */
    static List<Draft> merge(List<Draft> drafts, ArgumentReader places) {
        List<Draft> merged = drafts;
        int before;
        do {
            before = merged.size();
            merged = mergeOnce(merged, places);
        } while (merged.size() < before);
        return merged;
    }

    private static List<Draft> mergeOnce(List<Draft> drafts, ArgumentReader places) {
        List<Draft> merged = new ArrayList<>();
        for (Draft draft : drafts) {
            int target = -1;
            // The latest matching event: a sentence goes on telling the event told just before it.
            for (int i = merged.size() - 1; i >= 0 && target < 0; i--) {
                if (same(merged.get(i), draft, places)) {
                    target = i;
                }
            }
            if (target < 0) {
                merged.add(draft);
            } else {
                merged.set(target, combine(merged.get(target), draft, places));
            }
        }
        return merged;
    }

    private static boolean same(Draft a, Draft b, ArgumentReader places) {
        Event x = a.event();
        Event y = b.event();
        if (x.type() != y.type() || otherTally(x, y)) {
            return false;
        }
        if ((a.headline() || b.headline()) && a.story() == b.story() && agree(x.date(), y.date())
                && placesAgree(a, b, places)) {
            // A headline sums up the story below it: its event is the story's event of that type there.
            return true;
        }
        if (sameWords(words(x), words(y))) {
            // A feed page's list of stories repeats each story's headline and its cut-off teaser.
            return true;
        }
        if (a.story() == b.story() && y.locationId() == null) {
            // A sentence that names no place tells more of the story's event of that type,
            // unless it dates itself otherwise ("the only previous visit was in 2011"), counts
            // the drones of a whole night's wave, of which a placed attack was part, or names
            // other parties to a meeting, deal, arrest or sanction.
            return (!b.explicitDate() || x.date() != null && agree(x.date(), y.date()))
                && !(y.munitions().counted() && x.locationId() != null)
                && (!x.type().betweenParties() || !otherParties(x, y));
        }
        if (sameToll(a, b, places)) {
            // "Three people were killed in Kharkiv" retold under another heading of the page.
            return true;
        }
        if (x.locationId() == null || y.locationId() == null) {
            return false;
        }
        if (a.story() == b.story()) {
            boolean samePlace = x.locationId().equals(y.locationId());
            if (!samePlace && (wave(b, a, places) || wave(a, b, places))) {
                return false;
            }
            boolean placeAgrees = samePlace || places.related(a.place(), b.place());
            return placeAgrees && agree(x.date(), y.date());
        }
        return a.explicitDate() && b.explicitDate() && x.locationId().equals(y.locationId())
            && x.date().iso().equals(y.date().iso());
    }

    /**
     * Two reports that count different figures: a day's tally of losses and the war's, or each
     * side's; one side's count of a night's drones and the other's.
     */
    private static boolean otherTally(Event x, Event y) {
        if (x.type() != EventType.Casualties) {
            return differ(x.munitions().launched(), y.munitions().launched())
                || differ(x.munitions().downed(), y.munitions().downed());
        }
        Integer a = LOSSES.lost(x.evidence().get(0).text());
        Integer b = LOSSES.lost(y.evidence().get(0).text());
        return a != null && b != null && !a.equals(b);
    }

    private static boolean differ(Integer a, Integer b) {
        return a != null && b != null && !a.equals(b);
    }

    /** Whether the two name different agents or different targets. */
    private static boolean otherParties(Event x, Event y) {
        return x.agentId() != null && y.agentId() != null && !x.agentId().equals(y.agentId())
            || x.targetId() != null && y.targetId() != null && !x.targetId().equals(y.targetId());
    }

    /** The same number killed or injured at places that agree, on dates that do not disagree. */
    private static boolean sameToll(Draft a, Draft b, ArgumentReader places) {
        Event x = a.event();
        Event y = b.event();
        boolean killed = x.killed() != null && x.killed() > 0 && x.killed().equals(y.killed());
        boolean injured = x.injured() != null && x.injured() > 0 && x.injured().equals(y.injured());
        return (killed || injured)
            && (x.locationId() == null || y.locationId() == null || x.locationId().equals(y.locationId())
                || places.related(a.place(), b.place()))
            && (!a.explicitDate() || !b.explicitDate() || agree(x.date(), y.date()));
    }

    /** Whether the two are at the same place, one inside the other, or one names no place. */
    private static boolean placesAgree(Draft a, Draft b, ArgumentReader places) {
        return a.place() == null || b.place() == null || a.place().equals(b.place())
            || places.related(a.place(), b.place());
    }

    /** Whether the one counts a night's drones over a wider place than the other: the wave, not one town's attack. */
    private static boolean wave(Draft counted, Draft other, ArgumentReader places) {
        return counted.event().munitions().counted() && !other.event().munitions().counted()
            && places.depth(counted.place()) < places.depth(other.place());
    }

    /** Equal, or one is the start of the other and long enough not to be a chance. */
    private static boolean sameWords(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.equals(longer) || shorter.length() >= SAME_START && longer.startsWith(shorter);
    }

    /** The first evidence sentence without leading bullets and dashes or a final stop, in lower case. */
    private static String words(Event event) {
        String text = event.evidence().get(0).text();
        int i = 0;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int end = text.length();
        while (end > i && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(i, end).toLowerCase(Locale.ROOT);
    }

    private static boolean agree(EventDate a, EventDate b) {
        if (a == null || b == null) {
            return true;
        }
        String x = a.iso();
        String y = b.iso();
        int n = Math.min(x.length(), y.length());
        return x.substring(0, n).equals(y.substring(0, n));
    }

    /** The first draft's values win; the second fills gaps. */
    private static Draft combine(Draft a, Draft b, ArgumentReader places) {
        Event x = a.event();
        Event y = b.event();
        // The story's own sentence tells the event first; a headline only sums it up.
        List<Evidence> evidence = new ArrayList<>(a.headline() && !b.headline() ? y.evidence() : x.evidence());
        (a.headline() && !b.headline() ? x.evidence() : y.evidence()).stream()
            .filter(e -> !evidence.contains(e)).forEach(evidence::add);
        List<String> weapons = new ArrayList<>(x.weaponIds());
        y.weaponIds().stream().filter(w -> !weapons.contains(w)).forEach(weapons::add);
        // An explicit date beats a default, and a day beats the month it falls in.
        boolean takeDate = b.explicitDate() && (!a.explicitDate() || x.date() == null
            || y.date() != null && agree(x.date(), y.date()) && y.date().iso().length() > x.date().iso().length());
        boolean deeper = y.locationId() != null
            && (x.locationId() == null || places.depth(b.place()) > places.depth(a.place()));
        // A claimant that is a named entity beats the words "the governor".
        boolean named = x.reportedById() == null && y.reportedById() != null;
        // Name and id of the agent come from one telling, the story's sentence before a headline.
        Event actor = a.headline() && !b.headline() && y.agent() != null || x.agent() == null ? y : x;
        Event combined = new Event(x.id(), x.type(), takeDate ? y.date() : first(x.date(), y.date()),
            deeper ? y.location() : x.location(), deeper ? y.locationId() : x.locationId(),
            actor.agent(), actor.agentId(), first(x.target(), y.target()), first(x.targetId(), y.targetId()),
            weapons, latest(x.killed(), y.killed()), latest(x.injured(), y.injured()),
            x.munitions().or(y.munitions()),
            named ? y.reportedBy() : first(x.reportedBy(), y.reportedBy()), first(x.reportedById(), y.reportedById()),
            x.verification() != Verification.NOT_STATED ? x.verification() : y.verification(), evidence);
        return new Draft(a.story(), a.explicitDate() || b.explicitDate(), deeper ? b.place() : a.place(),
            a.headline() && b.headline(), combined);
    }

    /** A toll told again is the higher figure: tolls are revised upwards as bodies are found. */
    private static Integer latest(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
