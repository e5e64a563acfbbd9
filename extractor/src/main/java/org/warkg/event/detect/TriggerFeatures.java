package org.warkg.event.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;
import org.warkg.nlp.syntax.Clause;
import org.warkg.nlp.syntax.Phrase;
import org.warkg.nlp.syntax.PhraseType;
import org.warkg.nlp.syntax.SentenceSyntax;
import org.warkg.resources.ResourceLines;
import org.warkg.time.DateResolver;

/**
 * The context the trigger model sees of a candidate word: the word, its lemma and tag,
 * its neighbours, the heads of its subject and object, the preposition after it, the
 * verb that governs it, its voice, and the realis cues of its clause (modals, negation,
 * plans, conditions, habits). Realis is read per clause: "struck Kyiv, and the toll
 * could rise" keeps the strike real, while "said it could strike" does not.
 */
public final class TriggerFeatures {

    private static final String CUES = "org/warkg/event/detect/realis-cues.txt";
    /** How far before and after the candidate neighbouring words are seen. */
    private static final int WINDOW = 2;
    /** How many words before a trigger a modifier or cue still bears on it outside its clause. */
    private static final int NEAR = 4;

    private final TriggerLexicon lexicon;
    private final Set<String> cues;
    private final DateResolver dates = new DateResolver();

    public TriggerFeatures(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = Set.copyOf(ResourceLines.read(CUES));
    }

    /** The features of the candidate at the token index. */
    public String[] of(Sentence sentence, int index) {
        return of(sentence, index, datedClauses(sentence));
    }

    /** What the clauses of the sentence say of dates, to share between its candidates. */
    DatedClauses datedClauses(Sentence sentence) {
        return new DatedClauses(dates, sentence);
    }

    /** The features of the candidate at the token index, with the sentence's dated clauses. */
    String[] of(Sentence sentence, int index, DatedClauses dated) {
        List<Token> tokens = sentence.tokens();
        SentenceSyntax syntax = sentence.syntax();
        Token token = tokens.get(index);
        String lemma = lexicon.lemmaOf(token);
        List<String> f = new ArrayList<>();
        f.add("l=" + lemma);
        f.add("t=" + token.tag());
        f.add("lt=" + lemma + "_" + token.tag());
        f.add("form=" + form(token));
        f.add("lf=" + lemma + "_" + form(token));
        for (int d = -WINDOW; d <= WINDOW; d++) {
            if (d != 0) {
                String near = index + d >= 0 && index + d < tokens.size() ? word(tokens.get(index + d)) : "_";
                f.add("w" + d + "=" + near);
            }
        }
        f.add("bi-=" + (index > 0 ? word(tokens.get(index - 1)) : "_") + "_" + lemma);
        f.add("bi+=" + lemma + "_" + (index + 1 < tokens.size() ? word(tokens.get(index + 1)) : "_"));
        boolean capitalised = index > 0 && Character.isUpperCase(token.text().charAt(0));
        if (sentence.headline()) {
            f.add("headline");
        } else if (capitalised) {
            f.add("capitalised");
        }
        if (syntax.isPassive(index)) {
            f.add("passive");
            f.add("passive_l=" + lemma);
        }
        if (index + 1 < tokens.size() && isNominal(tokens.get(index + 1)) && !token.tag().equals("VERB")) {
            f.add("modifies_noun");
        }
        if (isReducedRelative(tokens, syntax, index)) {
            f.add("reduced_relative");
        }
        addArguments(f, tokens, syntax, index, lemma);
        addRealis(f, tokens, syntax, index, lemma);
        addCounts(f, tokens, index);
        addAnchors(f, sentence, syntax.clauseOf(index), dated);
        return f.toArray(String[]::new);
    }

    private static void addArguments(List<String> f, List<Token> tokens, SentenceSyntax syntax, int index,
                                     String lemma) {
        int subject = syntax.subjectHead(index);
        f.add("subj=" + (subject < 0 ? "_" : head(tokens.get(subject))));
        f.add("subj_l=" + (subject < 0 ? "_" : head(tokens.get(subject))) + "_" + lemma);
        int object = syntax.objectHead(index);
        f.add("obj=" + (object < 0 ? "_" : head(tokens.get(object))));
        f.add("obj_l=" + lemma + "_" + (object < 0 ? "_" : head(tokens.get(object))));
        int preposition = syntax.prepositionAfter(index);
        String prep = preposition < 0 ? "_" : word(tokens.get(preposition));
        f.add("prep=" + prep);
        f.add("l_prep=" + lemma + "_" + prep);
        int governor = syntax.governingVerb(index);
        if (governor >= 0 && governor != index) {
            String gov = tokens.get(governor).lemma();
            f.add("gov=" + gov);
            f.add("gov_l=" + gov + "_" + lemma);
        }
        Phrase own = syntax.phraseOf(index);
        if (own != null && own.type() != PhraseType.VP) {
            for (int i = own.start(); i < index; i++) {
                f.add("mod=" + tokens.get(i).lemma());
            }
            if (own.head() != index) {
                f.add("not_head");
            }
        }
    }

    private void addRealis(List<String> f, List<Token> tokens, SentenceSyntax syntax, int index, String lemma) {
        Clause clause = syntax.clauseOf(index);
        f.add("opener=" + clause.opener());
        Set<String> seen = new HashSet<>();
        for (int i = clause.start(); i < index; i++) {
            String cue = cueOf(tokens.get(i));
            if (cue != null && seen.add(cue)) {
                f.add("cue=" + cue);
                f.add("cue_l=" + cue + "_" + lemma);
            }
        }
        for (int i = Math.max(0, index - NEAR); i < clause.start(); i++) {
            String cue = cueOf(tokens.get(i));
            if (cue != null) {
                f.add("cue_before_clause=" + cue);
            }
        }
        if (index > 0 && tokens.get(index - 1).text().equalsIgnoreCase("to")) {
            f.add("infinitive");
        }
        if (seen.isEmpty()) {
            f.add("no_cue");
        }
    }

    /**
     * Whether the candidate's clause holds a realis cue before it, or the word only modifies
     * a noun ("attack drones"): a reason in the text why it may tell no event.
     */
    public boolean hasReasonForNone(Sentence sentence, int index) {
        List<Token> tokens = sentence.tokens();
        Clause clause = sentence.syntax().clauseOf(index);
        for (int i = clause.start(); i < index; i++) {
            if (cueOf(tokens.get(i)) != null) {
                return true;
            }
        }
        boolean infinitive = index > 0 && tokens.get(index - 1).text().equalsIgnoreCase("to");
        return infinitive || index + 1 < tokens.size() && isNominal(tokens.get(index + 1))
            && !tokens.get(index).tag().equals("VERB");
    }

    private String cueOf(Token token) {
        String word = token.text().toLowerCase(Locale.ROOT);
        if (cues.contains(word)) {
            return word;
        }
        return cues.contains(token.lemma()) ? token.lemma() : null;
    }

    private static void addCounts(List<String> f, List<Token> tokens, int index) {
        boolean number = false;
        boolean nearNumber = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).tag().equals("NUM")) {
                number = true;
                nearNumber |= Math.abs(i - index) <= NEAR;
            }
        }
        f.add(number ? "number" : "no_number");
        if (nearNumber) {
            f.add("number_near");
        }
    }

    /**
     * Whether the clause names a date or a name: events are told with a when or a where,
     * talk about the war in general mostly without.
     */
    private static void addAnchors(List<String> f, Sentence sentence, Clause clause, DatedClauses dated) {
        List<Token> tokens = sentence.tokens();
        boolean named = false;
        for (int i = clause.start(); i < clause.end(); i++) {
            named |= tokens.get(i).tag().equals("PROPN");
        }
        f.add(named ? "clause_named" : "clause_unnamed");
        boolean clauseDated = dated.dated(clause);
        f.add(clauseDated ? "clause_dated" : "clause_undated");
        if (!clauseDated && dated.sentenceDated()) {
            f.add("sentence_dated");
        }
    }

    /**
     * A participle right after a noun in a clause whose verb is another one: "children killed
     * since the invasion", "soldiers fighting near the town surrendered". It describes the noun,
     * often by what happened long before.
     */
    private static boolean isReducedRelative(List<Token> tokens, SentenceSyntax syntax, int index) {
        Token token = tokens.get(index);
        if (index == 0 || !token.tag().equals("VERB") || form(token).equals("base") || form(token).equals("s")
                || !isNominal(tokens.get(index - 1))) {
            return false;
        }
        Clause clause = syntax.clauseOf(index);
        for (int i = clause.start(); i < clause.end(); i++) {
            if (i != index && tokens.get(i).tag().equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNominal(Token token) {
        return token.tag().equals("NOUN") || token.tag().equals("PROPN");
    }

    /** A head word, with names kept apart by their tag only: no one place decides a trigger. */
    private static String head(Token token) {
        return token.tag().equals("PROPN") ? "PROPN" : token.tag().equals("NUM") ? "NUM" : token.lemma();
    }

    private static String word(Token token) {
        return token.tag().equals("PROPN") ? "PROPN" : token.text().toLowerCase(Locale.ROOT);
    }

    private static String form(Token token) {
        String w = token.text().toLowerCase(Locale.ROOT);
        return w.endsWith("ing") ? "ing" : w.endsWith("ed") || w.endsWith("en") ? "ed"
            : w.endsWith("s") ? "s" : "base";
    }
}
