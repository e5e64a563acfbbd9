package org.warkg.mention;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import opennlp.tools.namefind.ThreadSafeNameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.warkg.gazetteer.EntityType;
import org.warkg.nlp.AnnotatedText;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;

/**
 * Finds names with the project's statistical OpenNLP name finder, trained on
 * war-news sentences ({@code extractor/src/main/training/ner}, see
 * {@link NameModelTrainer}). Safe to share between threads.
 */
public final class ModelMentionFinder implements MentionFinder {

    /** Classpath name of the trained model. */
    public static final String MODEL = "org/warkg/mention/ner-war-en.bin";

    private final ThreadSafeNameFinderME finder;

    public ModelMentionFinder(TokenNameFinderModel model) {
        this.finder = new ThreadSafeNameFinderME(model);
    }

    /** The shipped model, or empty when the build has none. */
    public static Optional<ModelMentionFinder> standard() {
        try (InputStream in = ModelMentionFinder.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new ModelMentionFinder(new TokenNameFinderModel(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the name model " + MODEL, e);
        }
    }

    @Override
    public List<Mention> find(AnnotatedText text) {
        List<Mention> mentions = new ArrayList<>();
        String document = text.document().text();
        // Adaptive features remember earlier names of the same document only.
        finder.clearAdaptiveData();
        for (Sentence sentence : text.sentences()) {
            if (isTitleCase(sentence.tokens())) {
                continue;
            }
            Span[] spans = finder.find(sentence.tokenTexts());
            for (Span span : spans) {
                List<Token> tokens = sentence.tokens();
                EntityType type = EntityType.fromTag(span.getType());
                int start = nameStart(tokens, span.getStart(), span.getEnd());
                int end = type == EntityType.Person ? span.getEnd() : nameEnd(tokens, start, span.getEnd());
                if (start == end || !plausible(tokens.subList(start, end))) {
                    continue;
                }
                Token first = tokens.get(start);
                Token last = tokens.get(end - 1);
                mentions.add(new Mention(type, sentence.index(), start, end, first.start(), last.end(),
                    document.substring(first.start(), last.end()), "model", null));
            }
        }
        return mentions;
    }

    /**
     * The first token of the name once the small words the model took in at the start
     * of a sentence are left out: "In Kherson" is Kherson, "The Sentinel" is Sentinel.
     */
    static int nameStart(List<Token> tokens, int start, int end) {
        int i = start;
        while (i < end && OPENERS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
            i++;
        }
        return i;
    }

    /**
     * The token after the name once a title the model took in at its end is left out:
     * in "Security Council Chairman" the body is the Security Council, in "Kherson Gov."
     * the place is Kherson. Persons keep their span; their titles come before them.
     */
    static int nameEnd(List<Token> tokens, int start, int end) {
        int i = end;
        while (i > start && TITLES.contains(tokens.get(i - 1).text())) {
            i--;
        }
        return i;
    }

    /**
     * Statistical names that cannot be names: no capital letter, a first word that
     * is a function word or adverb ("However", "This", "own"), or a lone common noun
     * capitalised at the start of a sentence ("Protests").
     */
    static boolean plausible(List<Token> tokens) {
        Token first = tokens.get(0);
        if (!Character.isUpperCase(first.text().charAt(0)) && !Character.isDigit(first.text().charAt(0))) {
            return false;
        }
        if (FUNCTION_TAGS.contains(first.tag())) {
            return false;
        }
        if (tokens.stream().noneMatch(t -> t.text().chars().anyMatch(Character::isUpperCase))) {
            return false;
        }
        return tokens.size() > 1 || first.tag().equals("PROPN") || isAcronym(first.text());
    }

    /**
     * Headlines in Title Case ("Vilnius Pledges New Air Defence Aid for Ukraine")
     * defeat a model that leans on capitals; only lists and patterns read them.
     */
    static boolean isTitleCase(List<Token> tokens) {
        int words = 0;
        int capitalised = 0;
        for (Token t : tokens) {
            if (t.text().length() > 3 && Character.isLetter(t.text().charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(t.text().charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitalised * 10 >= words * 8;
    }

    private static boolean isAcronym(String text) {
        return text.length() > 1 && text.chars().filter(Character::isUpperCase).count() * 2 > text.length();
    }

    /** Closed-class words that open a sentence and never a name of the graph. */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "in", "on", "at", "by", "for", "from",
        "with", "as", "after", "before", "during", "since", "until", "near", "over", "under", "amid", "despite",
        "every", "each", "this", "that", "these", "those", "some", "all", "our", "their", "its", "his", "her",
        "when", "while", "if", "but", "and", "or", "meanwhile", "also");

    /** Titles of office holders, which follow the body or place they belong to. */
    private static final Set<String> TITLES = Set.of("Chairman", "Chairwoman", "Spokesman", "Spokeswoman",
        "Spokesperson", "Governor", "Gov", "Gov.", "Mayor", "Commander", "Deputy", "Secretary", "Head");

    private static final Set<String> FUNCTION_TAGS = Set.of("ADV", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "AUX",
        "VERB", "INTJ", "PART", "NUM");
}
