package org.warkg.event.detect;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;
import org.warkg.nlp.syntax.Clause;
import org.warkg.time.DateResolver;

/**
 * Which clauses of one sentence name a date, and whether the sentence does. Every
 * candidate trigger of a sentence asks, so each clause is read once.
 */
final class DatedClauses {

    /** Any day serves to tell whether a text names a date at all. */
    private static final LocalDate ANCHOR = LocalDate.of(2024, 6, 15);

    private final DateResolver dates;
    private final Sentence sentence;
    private final Map<Clause, Boolean> clauses = new HashMap<>();
    private Boolean whole;

    DatedClauses(DateResolver dates, Sentence sentence) {
        this.dates = dates;
        this.sentence = sentence;
    }

    /** Whether the clause names a date. */
    boolean dated(Clause clause) {
        return clauses.computeIfAbsent(clause, c -> {
            List<Token> tokens = sentence.tokens();
            int from = tokens.get(c.start()).start() - sentence.start();
            int to = tokens.get(c.end() - 1).end() - sentence.start();
            return names(sentence.text().substring(from, to));
        });
    }

    /** Whether the sentence names a date anywhere. */
    boolean sentenceDated() {
        if (whole == null) {
            whole = names(sentence.text());
        }
        return whole;
    }

    private boolean names(String text) {
        return dates.resolve(text, ANCHOR) != null;
    }
}
