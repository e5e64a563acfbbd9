package org.warkg.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.warkg.mention.Mention;
import org.warkg.nlp.AnnotatedText;
import org.warkg.nlp.Token;

/**
 * Reads the posts the text gives a person: a title before the name ("Belgorod
 * Oblast Governor Vyacheslav Gladkov" gives "Governor of Belgorod Oblast") or an
 * apposition after it ("Sergey Shoigu, Secretary of the Russian Security Council,").
 */
public final class RoleFinder {

    private static final Set<String> TITLES = Set.of(
        "governor", "president", "minister", "spokesperson", "spokesman", "spokeswoman", "ambassador", "mayor",
        "head", "chief", "commander", "secretary", "director", "leader", "adviser", "advisor", "envoy",
        "chairman", "chairwoman", "chancellor", "premier", "prosecutor", "general", "colonel", "senator",
        "lawmaker", "deputy", "blogger", "investigator", "philosopher", "dictator", "founder", "correspondent");
    private static final Set<String> TITLE_MODIFIERS = Set.of(
        "vice", "prime", "foreign", "defense", "defence", "interior", "acting", "former", "deputy", "senior",
        "regional", "first", "press", "army", "military", "general", "state", "secretary", "exiled",
        "opposition", "chief", "executive", "security", "intelligence");
    private static final int MAX_ROLE_TOKENS = 12;

    /**
     * Every distinct role the text gives the person through any of the mentions. Roles
     * that differ only in case ("regional governor", "Regional Governor") are one, written
     * with a capital first letter so that the same post reads alike across articles.
     */
    public List<String> roles(AnnotatedText text, List<Mention> mentions) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            List<Token> tokens = text.sentences().get(mention.sentence()).tokens();
            for (String role : new String[] {titleBefore(tokens, mention.tokenStart()),
                    appositionAfter(tokens, mention.tokenEnd())}) {
                if (role != null) {
                    roles.putIfAbsent(role.toLowerCase(Locale.ROOT), capitalise(role));
                }
            }
        }
        return new ArrayList<>(roles.values());
    }

    /** "Kursk Oblast Governor" before the name becomes "Governor of Kursk Oblast". */
    private static String titleBefore(List<Token> tokens, int nameStart) {
        int i = nameStart - 1;
        if (i < 0 || !TITLES.contains(lower(tokens.get(i)))) {
            return null;
        }
        int titleEnd = i;
        int titleStart = i;
        while (titleStart - 1 >= 0 && TITLE_MODIFIERS.contains(lower(tokens.get(titleStart - 1)))) {
            titleStart--;
        }
        int qualifierStart = titleStart;
        while (qualifierStart - 1 >= 0 && isQualifier(tokens.get(qualifierStart - 1))) {
            qualifierStart--;
        }
        String title = join(tokens, titleStart, titleEnd + 1);
        if (qualifierStart == titleStart) {
            return title;
        }
        String qualifier = join(tokens, qualifierStart, titleStart);
        boolean place = tokens.get(titleStart - 1).tag().equals("PROPN") && !qualifier.endsWith("'s");
        return place ? capitalise(title) + " of " + qualifier : qualifier + " " + title;
    }

    /** ", Secretary of the Russian Security Council ," after the name. */
    private static String appositionAfter(List<Token> tokens, int nameEnd) {
        if (nameEnd + 1 >= tokens.size() || !tokens.get(nameEnd).text().equals(",")) {
            return null;
        }
        int start = nameEnd + 1;
        int end = start;
        boolean hasTitle = false;
        while (end < tokens.size() && end - start < MAX_ROLE_TOKENS) {
            Token token = tokens.get(end);
            if (token.tag().equals("PUNCT") || token.tag().equals("VERB") || token.tag().equals("AUX")) {
                break;
            }
            hasTitle |= TITLES.contains(lower(token));
            end++;
        }
        boolean closed = end < tokens.size() && tokens.get(end).tag().equals("PUNCT");
        if (!hasTitle || !closed || end == start) {
            return null;
        }
        return join(tokens, start, end).replaceFirst("^(the|a|an) ", "");
    }

    private static boolean isQualifier(Token token) {
        String tag = token.tag();
        return tag.equals("PROPN") || tag.equals("ADJ") || token.text().equals("'s");
    }

    private static String join(List<Token> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            String text = tokens.get(i).text();
            if (sb.length() > 0 && !text.equals("'s") && !text.equals("\u2019s")) {
                sb.append(' ');
            }
            sb.append(text);
        }
        return sb.toString();
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
