package org.warkg.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.warkg.resources.ResourceLines;

/**
 * Finds where a text dump comes from in its own words, as HTML says it in its markup: a
 * line that gives the URL ("Source: https://...", or a URL alone on its line), a line that
 * names the publisher, a known outlet in the byline, copyright line or masthead, a
 * masthead of the usual shape ("The Evening Courier"), the source line a feed reader
 * prints above each entry ("• ✇ Euromaidan Press"), and, failing all those, a known outlet
 * saying it could not verify something.
 *
 * <p>An outlet named in running text is a source the story cites, not its publisher, so
 * names are looked for only in those lines.
 */
public final class SourceClues {

    private static final String OUTLETS = "org/warkg/ingest/outlets.txt";
    private static final String MASTHEAD_WORDS = "org/warkg/ingest/masthead-words.txt";
    /** The masthead and byline stand in the first lines of a page. */
    private static final int HEAD_LINES = 25;
    /** A masthead, a byline's outlet or a feed source is a short name. */
    private static final int MAX_NAME_WORDS = 6;
    /** Hosts of links a story embeds (posts, videos); a bare link to one of them is no article URL. */
    private static final Set<String> EMBED_HOSTS = Set.of("twitter.com", "x.com", "t.co", "t.me", "facebook.com",
        "instagram.com", "youtube.com", "youtu.be", "tiktok.com", "pic.twitter.com");
    private static final Pattern URL_LINE = Pattern.compile(
        "(?i)(?:(source|url|link|canonical(?: url)?|permalink|originally published (?:at|on|in)|read (?:it|more|the"
            + " original) (?:at|on))\\s*:?\\s*)?<?(https?://[^\\s<>]+)>?");
    private static final Pattern PUBLISHER_LINE =
        Pattern.compile("(?i)(publisher|outlet|published by|source)\\s*:\\s*(.+)");
    private static final Pattern BYLINE = Pattern.compile("(?i)by\\s.*[^.]|(\u00a9|\\(c\\)|copyright)\\s?.*");
    private static final Pattern MASTHEAD_PARTS = Pattern.compile("\\s+[|\u00b7\u2014\u2013]\\s+|\\s+-\\s+");
    /** A sentence in which its subject says it could not check something: "X has not verified the video". */
    private static final Pattern SELF_CHECK = Pattern.compile("(?i)(.{2,60}?)\\s+(?:has not|had not|could not"
        + "|cannot|was unable to|has been unable to|has not been able to)\\s+(?:yet\\s+)?(?:independently\\s+)?"
        + "(?:verif|confirm)\\w*\\b.*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    /** The mark feed readers (FreshRSS, Inoreader) put before a feed's name. */
    private static final char FEED_MARK = '\u2707';
    private static final String BULLETS = "\u2022\u00b7*-\u2013";

    private final Map<String, String> outlets;
    private final Pattern outletNames;
    private final Set<String> mastheadWords;

    SourceClues(Map<String, String> outlets, Set<String> mastheadWords) {
        this.outlets = Map.copyOf(outlets);
        this.mastheadWords = Set.copyOf(mastheadWords);
        List<String> spellings = new ArrayList<>(outlets.keySet());
        spellings.sort(Comparator.comparingInt(String::length).reversed());
        List<String> quoted = spellings.stream().map(Pattern::quote).toList();
        this.outletNames = Pattern.compile(String.join("|", quoted), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The clues with the shipped outlet list and masthead words. */
    public static SourceClues standard() {
        Map<String, String> outlets = new HashMap<>();
        for (String line : ResourceLines.read(OUTLETS)) {
            String[] spellings = line.split("\\|");
            for (String spelling : spellings) {
                outlets.putIfAbsent(spelling.strip().toLowerCase(Locale.ROOT), spellings[0].strip());
            }
        }
        Set<String> words = new HashSet<>();
        ResourceLines.read(MASTHEAD_WORDS).forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
        return new SourceClues(outlets, words);
    }

    /** The URL and outlet the text gives for itself, either null when it gives none. */
    PageInfo find(String content) {
        List<String> lines = content.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> urls = new ArrayList<>();
        String outlet = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stated = url(line);
            if (stated != null) {
                urls.add(stated);
            }
            if (outlet == null && feedSource(line) == null) {
                outlet = outlet(line, i, lines);
            }
        }
        String url = WebIri.choose(urls.toArray(String[]::new));
        if (outlet == null && url != null) {
            outlet = host(url);
        }
        if (outlet == null) {
            outlet = selfChecking(lines);
        }
        return new PageInfo(null, null, url, outlet);
    }

    /**
     * The known outlet that says in the text that it could not verify something ("The
     * Independent has not verified the video"): an outlet speaks so of its own checks,
     * while one it cites is the subject of "reported" or "said". The weakest clue, read last.
     */
    private String selfChecking(List<String> lines) {
        for (String line : lines) {
            for (String sentence : SENTENCE_END.split(line)) {
                Matcher m = SELF_CHECK.matcher(sentence);
                if (m.matches()) {
                    String outlet = outlets.get(m.group(1).strip().toLowerCase(Locale.ROOT));
                    if (outlet != null) {
                        return outlet;
                    }
                }
            }
        }
        return null;
    }

    /** The outlet a feed reader's source line names ("• ✇ The Kyiv Independent"), or null. */
    String feedSource(String line) {
        int i = 0;
        while (i < line.length() && (BULLETS.indexOf(line.charAt(i)) >= 0 || Character.isWhitespace(line.charAt(i)))) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != FEED_MARK) {
            return null;
        }
        String name = line.substring(i + 1).strip();
        return isShortName(name) ? known(name) : null;
    }

    private static String url(String line) {
        Matcher m = URL_LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String url = m.group(2).replaceAll("[.,;)]+$", "");
        String host = host(url);
        boolean labelled = m.group(1) != null;
        return host == null || !labelled && EMBED_HOSTS.contains(host) ? null : url;
    }

    private String outlet(String line, int index, List<String> lines) {
        Matcher publisher = PUBLISHER_LINE.matcher(line);
        if (publisher.matches()) {
            String name = publisher.group(2).strip();
            boolean cited = publisher.group(1).equalsIgnoreCase("source");
            // "Source: ISW" may cite the story's data; a source line counts when it names an outlet.
            if (isShortName(name) && !name.contains("://")) {
                String known = knownIn(name);
                return known != null || !cited ? (known != null ? known : name) : null;
            }
        }
        boolean head = index < HEAD_LINES;
        if (BYLINE.matcher(line).matches() || head && isShortName(line)) {
            String known = knownIn(line);
            if (known != null) {
                return known;
            }
        }
        return head ? masthead(line, index, lines) : null;
    }

    /** "KYIV LEDGER", "The Evening Courier", "WNS | Western News Service" at the top. */
    private String masthead(String line, int index, List<String> lines) {
        for (String part : MASTHEAD_PARTS.split(line)) {
            String[] words = part.split("\\s+");
            String last = words[words.length - 1].toLowerCase(Locale.ROOT);
            if (words.length < 2 || words.length > MAX_NAME_WORDS - 1 || !mastheadWords.contains(last)
                    || !part.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '\'' || c == '.')) {
                continue;
            }
            // A name is capitalised word by word; "Edit post" is a link, not a masthead.
            if (!java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.charAt(0))
                    || w.equals("of") || w.equals("the") || w.equals("and"))) {
                continue;
            }
            boolean capitals = part.equals(part.toUpperCase(Locale.ROOT));
            boolean titled = part.startsWith("The ") && words.length > 2;
            if (capitals || titled || index == firstTextLine(lines)) {
                return capitals ? titleCase(part) : part;
            }
        }
        return null;
    }

    /** The first line that is not a navigation prompt of one or two words or "Skip to content". */
    private static int firstTextLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).toLowerCase(Locale.ROOT);
            if (!line.startsWith("skip to") && line.split("\\s+").length > 1) {
                return i;
            }
        }
        return -1;
    }

    /** The known outlet a line names as a whole word or name, or null. */
    private String knownIn(String line) {
        Matcher m = outletNames.matcher(line);
        while (m.find()) {
            boolean startsWord = m.start() == 0 || !Character.isLetterOrDigit(line.charAt(m.start() - 1));
            // A feed page glues the outlet to what follows ("The Kyiv IndependentJane Roe").
            boolean endsWord = m.end() == line.length() || !Character.isLowerCase(line.charAt(m.end()))
                && !Character.isDigit(line.charAt(m.end()));
            if (startsWord && endsWord) {
                return outlets.get(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    private String known(String name) {
        return outlets.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }

    private static boolean isShortName(String text) {
        int words = text.split("\\s+").length;
        return !text.isEmpty() && words <= MAX_NAME_WORDS && !text.endsWith(".") && !text.endsWith(":");
    }

    private static String host(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String titleCase(String capitals) {
        StringBuilder sb = new StringBuilder();
        for (String word : capitals.toLowerCase(Locale.ROOT).split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return sb.toString();
    }
}
