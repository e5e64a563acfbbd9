package org.warkg.nlp.syntax;

import java.util.List;
import java.util.Set;

/**
 * The shallow syntax of one sentence: its chunks and clauses, with the relations event
 * readers ask about (the clause of a word, the subject and object heads around it, the
 * preposition after it, whether its verb group is passive). Computed once per sentence
 * by {@link ShallowParser}; indexes are token indexes of the sentence.
 *
 * @param phrases the chunks, in order, not overlapping
 * @param clauses the clauses, in order, covering every token
 * @param passiveHeads the heads of passive verb groups ("was shelled")
 */
public record SentenceSyntax(List<Phrase> phrases, List<Clause> clauses, Set<Integer> passiveHeads) {

    public SentenceSyntax {
        phrases = List.copyOf(phrases);
        clauses = List.copyOf(clauses);
        passiveHeads = Set.copyOf(passiveHeads);
    }

    /** The clause that holds the token. */
    public Clause clauseOf(int token) {
        for (Clause clause : clauses) {
            if (clause.covers(token)) {
                return clause;
            }
        }
        throw new IndexOutOfBoundsException("No token " + token + " in the sentence");
    }

    /** The chunk that holds the token, or null for a word outside every chunk. */
    public Phrase phraseOf(int token) {
        for (Phrase phrase : phrases) {
            if (phrase.covers(token)) {
                return phrase;
            }
        }
        return null;
    }

    /** Whether the token heads a passive verb group. */
    public boolean isPassive(int token) {
        return passiveHeads.contains(token);
    }

    /** The head of the nearest noun phrase before the token's chunk in its clause, or -1. */
    public int subjectHead(int token) {
        return headBefore(token, PhraseType.NP);
    }

    /** The head of the first noun or prepositional phrase after the token's chunk in its clause, or -1. */
    public int objectHead(int token) {
        Phrase next = nextPhrase(token);
        return next != null && next.type() != PhraseType.VP ? next.head() : -1;
    }

    /** The index of the preposition that opens the phrase right after the token's chunk, or -1. */
    public int prepositionAfter(int token) {
        Phrase next = nextPhrase(token);
        return next != null && next.type() == PhraseType.PP ? next.start() : -1;
    }

    /**
     * The head of the verb group before the token's chunk in its clause: the verb that
     * governs an infinitive or an object ("planned to strike", "denied the attack"), or -1.
     */
    public int governingVerb(int token) {
        return headBefore(token, PhraseType.VP);
    }

    /** The head of the nearest chunk of the type before the token's chunk in its clause, or -1. */
    private int headBefore(int token, PhraseType type) {
        Clause clause = clauseOf(token);
        int from = startOf(token);
        for (int i = phrases.size() - 1; i >= 0; i--) {
            Phrase p = phrases.get(i);
            if (p.end() <= from && p.start() >= clause.start() && p.type() == type) {
                return p.head();
            }
        }
        return -1;
    }

    private int startOf(int token) {
        Phrase own = phraseOf(token);
        return own == null ? token : own.start();
    }

    private Phrase nextPhrase(int token) {
        Clause clause = clauseOf(token);
        Phrase own = phraseOf(token);
        int after = own == null ? token + 1 : own.end();
        for (Phrase p : phrases) {
            if (p.start() >= after) {
                return p.start() < clause.end() && p.start() - after <= 1 ? p : null;
            }
        }
        return null;
    }
}
