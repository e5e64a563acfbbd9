package org.warkg.event;

import java.time.LocalDate;
import java.util.Set;

import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;
import org.warkg.nlp.syntax.Clause;
import org.warkg.time.DateResolver;
import org.warkg.time.EventDate;
import org.warkg.time.PeriodStart;

/**
 * Dates an event by the clause that tells it: "Russian troops took Kherson on March 2,
 * days after they crossed the border on Feb. 24" gives each event its own day. A trigger
 * whose clause names no date takes one from the sentence's other clauses, except those
 * that tell of another time or thing ("since the Feb. 24 invasion", "which it seized in
 * May"). A "since" phrase dates only what it tells itself: a tally counted since then is
 * dated as of its report.
 */
final class ClauseDates {

    /** Clauses whose dates belong to what they tell, not to the rest of the sentence. */
    private static final Set<String> OWN_TIME = Set.of("since", "after", "before", "until", "which", "who",
        "whom", "whose", "although", "though", "whereas", "if", "unless", "whether");

    private final DateResolver dates;

    ClauseDates(DateResolver dates) {
        this.dates = dates;
    }

    /**
     * The date the sentence gives the event told by the trigger, or null when it gives none.
     *
     * @param sentence the sentence
     * @param trigger  the trigger's token index
     * @param story    the story's date, or null
     */
    EventDate of(Sentence sentence, int trigger, LocalDate story) {
        int offset = sentence.tokens().get(trigger).start() - sentence.start();
        String text = PeriodStart.blank(sentence.text(), offset);
        EventDate relative = dates.clauseDate(text, offset, story);
        if (relative != null) {
            return relative;
        }
        Clause own = sentence.syntax().clauseOf(trigger);
        EventDate date = dates.resolve(text(sentence, text, own), story);
        if (date != null) {
            return date;
        }
        StringBuilder rest = new StringBuilder(sentence.text().length());
        for (Clause clause : sentence.syntax().clauses()) {
            if (clause != own && !OWN_TIME.contains(clause.opener())) {
                rest.append(text(sentence, text, clause)).append(' ');
            }
        }
        return rest.isEmpty() ? null : dates.resolve(rest.toString(), story);
    }

    private static String text(Sentence sentence, String text, Clause clause) {
        Token first = sentence.tokens().get(clause.start());
        Token last = sentence.tokens().get(clause.end() - 1);
        return text.substring(first.start() - sentence.start(), last.end() - sentence.start());
    }
}
