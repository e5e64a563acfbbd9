package org.warkg.mention;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.DictionaryNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;
import org.warkg.gazetteer.EntityType;
import org.warkg.gazetteer.Gazetteer;
import org.warkg.gazetteer.GazetteerEntry;
import org.warkg.gazetteer.NameKey;
import org.warkg.nlp.AnnotatedText;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;

/**
 * Finds gazetteer names with one OpenNLP {@link DictionaryNameFinder} per entity
 * type. Dictionaries ignore case so that "Kursk region" and "Kursk Region" both
 * match, but a word the gazetteer writes with a capital needs one in the text too
 * ("Russian Army", not "Russian army"), a match must start with a capital or a
 * digit, and short names (acronyms such as US or UN) must match their case exactly,
 * except in Title Case inside a sentence ("according to Efe").
 *
 * <p>The finders only see runs of words that occur in some gazetteer name: most
 * words of a sentence occur in none, and skipping them saves most look-ups.
 */
public final class GazetteerMentionFinder implements MentionFinder {

    /** Names this short must match case exactly. */
    private static final int EXACT_CASE_LENGTH = 3;

    private final Gazetteer gazetteer;
    private final Function<String, String[]> tokenizer;
    private final Map<EntityType, DictionaryNameFinder> finders = new EnumMap<>(EntityType.class);
    private final Set<String> vocabulary = new HashSet<>();

    /**
     * @param gazetteer the entries to find
     * @param tokenizer splits names the way the text is tokenized
     */
    public GazetteerMentionFinder(Gazetteer gazetteer, Function<String, String[]> tokenizer) {
        this.gazetteer = gazetteer;
        this.tokenizer = tokenizer;
        Map<EntityType, Dictionary> dictionaries = new EnumMap<>(EntityType.class);
        for (GazetteerEntry entry : gazetteer.entries()) {
            Dictionary dictionary = dictionaries.computeIfAbsent(entry.type(), t -> new Dictionary(false));
            for (String name : names(entry)) {
                String[] words = tokenizer.apply(name);
                dictionary.put(new StringList(words));
                for (String word : words) {
                    vocabulary.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        dictionaries.forEach((type, dictionary) -> finders.put(type, new DictionaryNameFinder(dictionary,
            type.name())));
    }

    @Override
    public List<Mention> find(AnnotatedText text) {
        List<Mention> mentions = new ArrayList<>();
        String document = text.document().text();
        for (Sentence sentence : text.sentences()) {
            String[] tokens = sentence.tokenTexts();
            int start = 0;
            while (start < tokens.length) {
                // A name starts with a capital or a digit: words before the run's first such are skipped.
                if (!startsName(tokens[start]) || !vocabulary.contains(tokens[start].toLowerCase(Locale.ROOT))) {
                    start++;
                    continue;
                }
                int end = start + 1;
                while (end < tokens.length && vocabulary.contains(tokens[end].toLowerCase(Locale.ROOT))) {
                    end++;
                }
                findInRun(document, sentence, Arrays.copyOfRange(tokens, start, end), start, mentions);
                start = end;
            }
        }
        return mentions;
    }

    private void findInRun(String document, Sentence sentence, String[] run, int offset, List<Mention> out) {
        for (Map.Entry<EntityType, DictionaryNameFinder> finder : finders.entrySet()) {
            findInRun(document, sentence, run, offset, finder.getValue(), finder.getKey(), out);
        }
    }

    /**
     * A match that starts with a small word ("the United Nations") is no name, but a
     * shorter name inside it may be: the finder skips past its longest match, so the
     * rest of that match is searched again.
     */
    private void findInRun(String document, Sentence sentence, String[] run, int offset,
            DictionaryNameFinder finder, EntityType type, List<Mention> out) {
        for (Span span : finder.find(run)) {
            if (!startsName(run[span.getStart()])) {
                findInRun(document, sentence, Arrays.copyOfRange(run, span.getStart() + 1, span.getEnd()),
                    offset + span.getStart() + 1, finder, type, out);
                continue;
            }
            Mention mention = toMention(document, sentence, new Span(span.getStart() + offset,
                span.getEnd() + offset), type);
            if (mention != null) {
                out.add(mention);
            }
        }
    }

    private static boolean startsName(String word) {
        char initial = word.charAt(0);
        return Character.isUpperCase(initial) || Character.isDigit(initial);
    }

    private Mention toMention(String document, Sentence sentence, Span span, EntityType type) {
        List<Token> tokens = sentence.tokens();
        Token first = tokens.get(span.getStart());
        Token last = tokens.get(span.getEnd() - 1);
        String surface = document.substring(first.start(), last.end());
        GazetteerEntry entry = pick(surface, type);
        if (entry == null) {
            return null;
        }
        if (surface.length() <= EXACT_CASE_LENGTH && !hasExactName(entry, surface)
                && (!isTitleCase(surface) || span.getStart() == 0)) {
            return null;
        }
        if (!capitalsAgree(entry, tokens.subList(span.getStart(), span.getEnd()))) {
            return null;
        }
        return new Mention(type, sentence.index(), span.getStart(), span.getEnd(), first.start(), last.end(),
            surface, "gazetteer", entry.id());
    }

    /** The first entry of the type with this name: the gazetteer lists the best-known first. */
    private GazetteerEntry pick(String surface, EntityType type) {
        for (GazetteerEntry entry : gazetteer.byName(surface)) {
            if (entry.type() == type) {
                return entry;
            }
        }
        return null;
    }

    /** Some name of the entry whose capitalised words are capitalised in the text as well. */
    private boolean capitalsAgree(GazetteerEntry entry, List<Token> words) {
        String key = NameKey.of(joined(words));
        for (String name : names(entry)) {
            if (!NameKey.of(name).equals(key)) {
                continue;
            }
            String[] parts = tokenizer.apply(name);
            if (parts.length != words.size()) {
                return true;
            }
            boolean agree = true;
            for (int i = 0; i < parts.length && agree; i++) {
                agree = !Character.isUpperCase(parts[i].charAt(0))
                    || Character.isUpperCase(words.get(i).text().charAt(0));
            }
            if (agree) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(GazetteerEntry entry) {
        List<String> names = new ArrayList<>(entry.aliases());
        names.add(0, entry.name());
        return names;
    }

    private static String joined(List<Token> words) {
        StringBuilder sb = new StringBuilder();
        for (Token t : words) {
            sb.append(t.text()).append(' ');
        }
        return sb.toString();
    }

    /** "Efe" for EFE: a capital and then lower case, as some outlets write agency names. */
    private static boolean isTitleCase(String word) {
        return Character.isUpperCase(word.charAt(0)) && word.substring(1).chars().allMatch(Character::isLowerCase);
    }

    private static boolean hasExactName(GazetteerEntry entry, String surface) {
        return entry.name().equals(surface) || entry.aliases().contains(surface);
    }
}
