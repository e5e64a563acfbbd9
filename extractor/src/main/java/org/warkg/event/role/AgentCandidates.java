package org.warkg.event.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.warkg.entity.Entity;
import org.warkg.event.ArgumentReader;
import org.warkg.gazetteer.EntityType;
import org.warkg.mention.Mention;
import org.warkg.nlp.Token;
import org.warkg.nlp.syntax.Clause;
import org.warkg.nlp.syntax.Phrase;

/**
 * Gathers the possible agents of an event and the cues for each: every actor the
 * sentence names, every country a nationality word implies, the claimant and its
 * country, and the country of the place and its adversary. Candidates naming the same
 * agent are one candidate with the cues of all.
 */
public final class AgentCandidates {

    /** The two sides of the war: an attack in one is most often by the other. */
    private static final Map<String, String> ADVERSARY = Map.of("Ukraine", "Russia", "Russia", "Ukraine");
    /** Words that hand the event to the claimant: "claimed its men had taken". */
    private static final Set<String> OWN = Set.of("its", "their", "our", "we");

    private final ArgumentReader arguments;

    public AgentCandidates(ArgumentReader arguments) {
        this.arguments = arguments;
    }

    /** The candidates of one event, in the order first found. */
    public List<AgentCandidate> of(AgentQuestion q) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        List<Token> tokens = q.sentence().tokens();
        Clause clause = q.sentence().syntax().clauseOf(q.trigger());
        Phrase subject = ArgumentReader.subject(q.sentence(), q.trigger());
        for (Mention m : q.mentions()) {
            Entity e = q.byStart().get(m.start());
            if (e == null || m.type() == EntityType.Weapon) {
                continue;
            }
            Draft d = draft(drafts, written(e), e.id());
            if (m.type() == EntityType.Location && e.isNamed(m.text())) {
                // A country is named as this sentence writes it ("the UK"), as a reader checks it.
                d.shown = m.text();
            }
            d.cues.add("src=mention");
            d.cues.add("etype=" + m.type());
            if (m.type() == EntityType.Location) {
                d.cues.add("depth=" + Math.min(arguments.depth(e.gazetteerId()), 2));
            }
            position(d, "mention", q.trigger(), m.tokenStart(), m.tokenEnd(), clause, subject);
            if (m.tokenStart() > 0) {
                Token before = tokens.get(m.tokenStart() - 1);
                if (before.tag().equals("ADP")) {
                    d.cues.add("prep=" + before.text().toLowerCase(Locale.ROOT));
                }
            }
            if (m.tokenEnd() < tokens.size() && ArgumentReader.POSSESSIVE.contains(tokens.get(m.tokenEnd()).text())) {
                d.cues.add("possessive");
            }
            if (e == q.claimant()) {
                d.cues.add("claimant");
            }
            String country = arguments.countryOf(e);
            if (country != null) {
                Draft c = draft(drafts, country, null);
                c.cues.add("src=countryOf:" + m.type());
                position(c, "countryOf", q.trigger(), m.tokenStart(), m.tokenEnd(), clause, subject);
                if (e == q.claimant()) {
                    c.cues.add("countryOfClaimant");
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String country = ArgumentReader.country(tokens.get(i).text());
            if (country != null) {
                Draft d = draft(drafts, country, null);
                d.cues.add("src=nationality");
                position(d, "nationality", q.trigger(), i, i + 1, clause, subject);
            }
        }
        if (q.claimant() != null) {
            Draft d = draft(drafts, written(q.claimant()), q.claimant().id());
            d.cues.add("claimant");
            d.cues.add("src=claimant:" + q.claimant().type());
            String country = arguments.countryOf(q.claimant());
            if (country != null) {
                draft(drafts, country, null).cues.add("countryOfClaimant");
            }
        }
        String home = arguments.countryContaining(q.place());
        if (home != null) {
            draft(drafts, home, null).cues.add("placeCountry");
            String adversary = ADVERSARY.get(home);
            if (adversary != null) {
                draft(drafts, adversary, null).cues.add("placeAdversary");
            }
        }
        boolean own = false;
        for (int i = clause.start(); i < q.trigger(); i++) {
            own |= OWN.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
        }
        List<AgentCandidate> out = new ArrayList<>();
        for (Draft d : drafts.values()) {
            if (d.name.equalsIgnoreCase(q.ruleAgent())) {
                d.cues.add("rule");
            }
            if (own) {
                d.cues.add("own");
            }
            if (q.sentence().syntax().isPassive(q.trigger())) {
                d.cues.add("passive");
            }
            out.add(new AgentCandidate(d.shown, d.entityId, d.cues));
        }
        return out;
    }

    private static Draft draft(Map<String, Draft> drafts, String name, String entityId) {
        Draft d = drafts.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Draft(name));
        if (d.entityId == null) {
            d.entityId = entityId;
        }
        return d;
    }

    /**
     * Where a word or name stands from the trigger: side, distance, clause, subject. Each
     * cue is named with the kind of evidence it is of, since a nationality word before the
     * trigger says more than a town's country after it.
     */
    private static void position(Draft d, String kind, int trigger, int start, int end, Clause clause,
                                 Phrase subject) {
        int distance = start >= trigger ? start - trigger : trigger - end;
        String side = end <= trigger ? "before" : start > trigger ? "after" : "at";
        String near = distance <= 1 ? "adjacent" : distance <= 4 ? "near" : distance <= 10 ? "mid" : "far";
        d.cues.add(kind + ":" + side);
        d.cues.add(kind + ":" + side + ":" + near);
        if (clause.covers(start)) {
            d.cues.add(kind + ":sameClause");
        }
        if (subject != null && start < subject.end() && end > subject.start()) {
            d.cues.add("subject");
            d.cues.add(kind + ":subject");
        }
    }

    /**
     * The fullest name of the entity that the article writes: annotators and readers
     * name the agent as the text does ("Zelenskyy", "the Russian Defense Ministry").
     * Places keep the gazetteer's name, which is how countries are written.
     */
    private static String written(Entity e) {
        if (e.type() == EntityType.Location) {
            return e.name();
        }
        String best = e.name();
        int longest = 0;
        for (Mention m : e.mentions()) {
            String text = m.text();
            if (e.isNamed(text) && text.length() > longest) {
                best = text;
                longest = text.length();
            }
        }
        return best;
    }

    /** A candidate being gathered: the name it is known by, and the one it is shown with. */
    private static final class Draft {
        private final String name;
        private String shown;
        private String entityId;
        private final Set<String> cues = new LinkedHashSet<>();

        Draft(String name) {
            this.name = name;
            this.shown = name;
        }
    }
}
