package org.warkg.nlp.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.warkg.nlp.Token;

/**
 * A tag-pattern chunker and clause splitter over OpenNLP's Universal Dependencies tags
 * and lemmas. Noun phrases are runs of determiners, numbers, adjectives and nouns ending
 * in a noun; a preposition takes the noun phrase after it; verb groups are auxiliaries,
 * negation and adverbs ending in a verb. A clause opens at a subordinator, a relative
 * pronoun, a semicolon or dash, or a conjunction after a comma. Stateless.
 */
public final class ShallowParser {

    private static final Set<String> NOMINAL = Set.of("DET", "NUM", "ADJ", "NOUN", "PROPN");
    private static final Set<String> HEADS = Set.of("NOUN", "PROPN", "NUM", "PRON");
    private static final Set<String> VERBAL = Set.of("AUX", "VERB");
    /** Words that open a clause of their own wherever they stand. */
    private static final Set<String> OPENERS = Set.of("if", "unless", "when", "whenever", "while", "whereas",
        "although", "though", "because", "after", "before", "until", "since", "which", "who", "whom", "whose",
        "where", "whether", "that");
    /** Marks that end a clause. */
    private static final Set<String> BREAKS = Set.of(";", ":", "\u2014", "\u2013", "--", "(", ")");
    /** Participles of the irregular verbs news uses for events: "was shot down", "were taken prisoner". */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("shot", "struck", "hit", "taken", "held",
        "lost", "sent", "brought", "fought", "blown", "thrown", "caught", "seen", "made", "done", "put", "set",
        "overrun", "retaken", "withdrawn", "given", "driven", "beaten", "hidden", "built", "left", "met");

    /** The chunks, clauses and passive verb groups of a tagged sentence. */
    public SentenceSyntax parse(List<Token> tokens) {
        List<Phrase> phrases = new ArrayList<>();
        Set<Integer> passive = new HashSet<>();
        int i = 0;
        while (i < tokens.size()) {
            int end = nounPhraseEnd(tokens, i);
            String tag = tokens.get(i).tag();
            if (end > i) {
                phrases.add(new Phrase(PhraseType.NP, i, end, nounHead(tokens, i, end)));
                i = end;
            } else if (tag.equals("ADP") && nounPhraseEnd(tokens, i + 1) > i + 1) {
                end = nounPhraseEnd(tokens, i + 1);
                phrases.add(new Phrase(PhraseType.PP, i, end, nounHead(tokens, i + 1, end)));
                i = end;
            } else if (VERBAL.contains(tag) || tag.equals("PART") && isNegation(tokens.get(i))) {
                end = verbGroupEnd(tokens, i);
                int head = verbHead(tokens, i, end);
                phrases.add(new Phrase(PhraseType.VP, i, end, head));
                if (isPassive(tokens, i, head)) {
                    passive.add(head);
                }
                i = end;
            } else {
                i++;
            }
        }
        return new SentenceSyntax(phrases, clauses(tokens), passive);
    }

    private static int nounPhraseEnd(List<Token> tokens, int from) {
        if (from >= tokens.size()) {
            return from;
        }
        if (tokens.get(from).tag().equals("PRON")) {
            return from + 1;
        }
        int end = from;
        int lastHead = -1;
        while (end < tokens.size() && (NOMINAL.contains(tokens.get(end).tag()) || isInside(tokens, end))) {
            if (HEADS.contains(tokens.get(end).tag())) {
                lastHead = end;
            }
            end++;
        }
        return lastHead < 0 ? from : lastHead + 1;
    }

    /** A possessive or a hyphen joins the words around it: "Russia's air force", "Kh-101". */
    private static boolean isInside(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        boolean joins = text.equals("'s") || text.equals("\u2019s") || text.equals("-");
        return joins && i > 0 && i + 1 < tokens.size() && NOMINAL.contains(tokens.get(i + 1).tag());
    }

    private static int nounHead(List<Token> tokens, int start, int end) {
        for (int i = end - 1; i > start; i--) {
            if (HEADS.contains(tokens.get(i).tag())) {
                return i;
            }
        }
        return start;
    }

    private static int verbGroupEnd(List<Token> tokens, int from) {
        int end = from;
        int lastVerb = from;
        while (end < tokens.size()) {
            Token t = tokens.get(end);
            if (VERBAL.contains(t.tag())) {
                lastVerb = end;
            } else if (!t.tag().equals("ADV") && !(t.tag().equals("PART") && isNegation(t))) {
                break;
            }
            end++;
        }
        return lastVerb + 1;
    }

    private static int verbHead(List<Token> tokens, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            if (tokens.get(i).tag().equals("VERB")) {
                return i;
            }
        }
        return end - 1;
    }

    private static boolean isPassive(List<Token> tokens, int start, int head) {
        String word = tokens.get(head).text().toLowerCase(Locale.ROOT);
        boolean participle = word.endsWith("ed") || word.endsWith("en") || IRREGULAR_PARTICIPLES.contains(word);
        if (!participle || !tokens.get(head).tag().equals("VERB")) {
            return false;
        }
        for (int i = start; i < head; i++) {
            String lemma = tokens.get(i).lemma();
            if (lemma.equals("be") || lemma.equals("get")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNegation(Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        return word.equals("not") || word.equals("n't") || word.equals("never");
    }

    private static List<Clause> clauses(List<Token> tokens) {
        List<Clause> clauses = new ArrayList<>();
        int start = 0;
        String opener = "";
        for (int i = 1; i < tokens.size(); i++) {
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            String before = tokens.get(i - 1).text();
            boolean afterComma = before.equals(",");
            boolean opens = OPENERS.contains(word) && !tokens.get(i).tag().equals("DET")
                || afterComma && tokens.get(i).tag().equals("CCONJ")
                || BREAKS.contains(before);
            if (opens && i > start) {
                clauses.add(new Clause(start, i, opener));
                start = i;
                opener = BREAKS.contains(before) ? before : word;
            }
        }
        if (!tokens.isEmpty()) {
            clauses.add(new Clause(start, tokens.size(), opener));
        }
        return clauses;
    }
}
