package org.warkg.ingest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a page saved as plain text. Drops site furniture line by line and splits
 * pages that hold several stories (feed readers, live blogs, news-feed columns) at
 * their date stamps, giving each story its headline and date.
 *
 * <p>Offsets of the stories' blocks refer to the file content unchanged, so that
 * evidence spans point at the words of the file itself.
 */
public final class TextDumpReader implements DocumentReader {

    /** More article text than this is no news article; the page is refused. */
    static final int MAX_TEXT = 2_000_000;
    /** How many lines above its repeated headline a feed entry's bulleted headline may stand. */
    private static final int ENTRY_LINES = 4;
    /** Characters that mark a list item. */
    private static final String BULLETS = "\u2022\u00b7*-\u2013";
    /** Paragraphs at least this long are read once even when repeated. */
    private static final int MIN_REPEAT = 40;

    private final Boilerplate boilerplate;
    private final DatelineParser datelines;
    private final LinkList links = LinkList.standard();
    private final SourceClues sources;

    public TextDumpReader(Boilerplate boilerplate, DatelineParser datelines, SourceClues sources) {
        this.boilerplate = boilerplate;
        this.datelines = datelines;
        this.sources = sources;
    }

    @Override
    public SourceDocument read(String id, String source, String content) throws IngestException {
        return read(id, source, content, PageInfo.NONE);
    }

    /** Reads text whose page metadata is already known (from HTML). */
    SourceDocument read(String id, String source, String content, PageInfo page) throws IngestException {
        List<Line> lines = dropRepeats(classify(content));
        long kept = lines.stream().filter(l -> l.kind == Kind.TEXT).mapToLong(l -> l.end - l.start).sum();
        if (kept > MAX_TEXT) {
            throw new IngestException("article text too long (" + kept + " characters, limit " + MAX_TEXT + ")");
        }
        List<StoryDraft> drafts = segment(lines);
        if (page.title() != null) {
            drafts.stream().filter(d -> !d.lines.isEmpty()).findFirst().ifPresent(d -> d.markTitle(page.title()));
        }
        inferEntryDates(drafts);
        LocalDate published = page.published() != null ? page.published() : firstDate(lines);
        List<Story> stories = new ArrayList<>();
        for (StoryDraft draft : drafts) {
            if (draft.hasBody()) {
                LocalDate date = draft.date != null ? draft.date : published;
                stories.add(new Story(date, draft.blocks, draft.outlet));
            }
        }
        if (stories.isEmpty()) {
            throw new IngestException("no article text (only navigation, prompts or stamps)");
        }
        String title = page.title() != null ? page.title() : firstHeadline(content, stories);
        // What the markup does not say, the text may: a URL line, a source line, a byline or masthead.
        PageInfo clues = page.url() != null && page.outlet() != null ? PageInfo.NONE : sources.find(content);
        String url = page.url() != null ? page.url() : clues.url();
        String outlet = page.outlet() != null ? page.outlet() : clues.outlet();
        return new SourceDocument(id, source, url, outlet, title, published, content, stories);
    }

    private List<Line> classify(String content) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int length = content.length();
        boolean inLinkList = false;
        while (start < length) {
            int end = content.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(content.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(content.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                String text = content.substring(s, e);
                Optional<Dateline> stamp = datelines.parseLine(text);
                // A list of links runs from its heading to the first blank or untitle-like line.
                inLinkList = stamp.isEmpty() && (links.opens(text) || inLinkList && isTitleLike(text));
                String feed = stamp.isPresent() ? null : sources.feedSource(text);
                Kind kind = stamp.isPresent() ? Kind.STAMP : feed != null ? Kind.SOURCE
                    : inLinkList || boilerplate.matches(text) ? Kind.FURNITURE : Kind.TEXT;
                lines.add(new Line(lines.size(), s, e, text, kind, stamp.orElse(null), feed));
            } else {
                inLinkList = false;
            }
            start = end + 1;
        }
        return lines;
    }

    /**
     * A paragraph repeated word for word (a live blog re-posting an entry, a
     * page padded with copies) is read once.
     */
    private static List<Line> dropRepeats(List<Line> lines) {
        Set<String> seen = new HashSet<>();
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            boolean repeat = line.kind == Kind.TEXT && line.text.length() >= MIN_REPEAT && !seen.add(line.text);
            if (!repeat) {
                out.add(new Line(out.size(), line.start, line.end, line.text, line.kind, line.stamp, line.feed));
            }
        }
        return out;
    }

    private List<StoryDraft> segment(List<Line> lines) {
        Map<Integer, Integer> openings = entryOpenings(lines);
        List<StoryDraft> drafts = new ArrayList<>();
        StoryDraft current = new StoryDraft(null, null);
        drafts.add(current);
        int openedStamp = -1;
        // A feed reader names an entry's feed on the line above it; the next story opened takes it.
        String feed = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int opened = drafts.size();
            switch (line.kind) {
                case STAMP -> {
                    if (i != openedStamp) {
                        current = new StoryDraft(line.stamp.date(), line.stamp.time());
                        drafts.add(current);
                        moveHeadline(drafts, lines, i);
                    }
                }
                case TEXT -> {
                    Integer stamp = openings.get(i);
                    if (stamp != null) {
                        Dateline dated = lines.get(stamp).stamp;
                        current = new StoryDraft(dated.date(), dated.time());
                        drafts.add(current);
                        current.headline(line);
                        openedStamp = stamp;
                    } else if (isHeadline(line.text) && current.hasBody()) {
                        current = new StoryDraft(current.date, current.time);
                        drafts.add(current);
                        current.headline(line);
                    } else if (isHeadline(line.text) && drafts.size() == 1 && current.blocks.isEmpty()) {
                        // A Title Case line opening the page is its first story's headline, as an h1 is.
                        current.headline(line);
                    } else {
                        current.add(line);
                    }
                }
                case SOURCE -> feed = line.feed;
                case FURNITURE -> { }
                default -> throw new IllegalStateException("Unknown line kind " + line.kind);
            }
            if (drafts.size() > opened && feed != null) {
                current.outlet = feed;
                feed = null;
            }
        }
        return drafts;
    }

    /**
     * A feed reader lists each entry as its bulleted headline and teaser, then prints
     * the headline again above the entry's date stamp: the entry opens at the bulleted
     * line. Maps the line that opens an entry to the index of the entry's stamp.
     */
    private static Map<Integer, Integer> entryOpenings(List<Line> lines) {
        Map<Integer, Integer> openings = new HashMap<>();
        for (int stamp = 1; stamp < lines.size(); stamp++) {
            Line title = lines.get(stamp - 1);
            if (lines.get(stamp).kind != Kind.STAMP || title.kind != Kind.TEXT || !isTitleLike(title.text)) {
                continue;
            }
            for (int k = stamp - 2; k >= Math.max(0, stamp - 2 - ENTRY_LINES) && lines.get(k).kind != Kind.STAMP;
                    k--) {
                Line line = lines.get(k);
                boolean bulleted = !line.text.equals(title.text) && unbulleted(line.text).equals(title.text);
                if (line.kind == Kind.TEXT && bulleted) {
                    openings.put(k, stamp);
                    break;
                }
            }
        }
        return openings;
    }

    /** The text without the list bullet before it. */
    private static String unbulleted(String text) {
        int i = 0;
        while (i < text.length() && (BULLETS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return text.substring(i);
    }

    /**
     * A title-like line just above a full-date stamp is the new story's headline,
     * not the previous story's last paragraph; a live-blog entry's only line stays its own.
     */
    private static void moveHeadline(List<StoryDraft> drafts, List<Line> lines, int stampIndex) {
        StoryDraft story = drafts.get(drafts.size() - 1);
        StoryDraft previous = drafts.get(drafts.size() - 2);
        boolean onlyLineOfEntry = previous.time != null && previous.lines.size() < 2;
        if (story.date == null || previous.lines.isEmpty() || onlyLineOfEntry) {
            return;
        }
        Line last = previous.lines.get(previous.lines.size() - 1);
        boolean adjacent = last.index >= stampIndex - 2;
        if (adjacent && isTitleLike(last.text)) {
            previous.lines.remove(previous.lines.size() - 1);
            previous.blocks.remove(previous.blocks.size() - 1);
            story.headline(last);
        }
    }

    /**
     * Live-blog entries stamped with a time only take their date from the dated
     * entries around them. Blogs run newest first, so an entry whose time is later
     * than or equal to the next dated entry's time is on that entry's day, and an
     * earlier time means the day after.
     */
    private static void inferEntryDates(List<StoryDraft> drafts) {
        LocalDate above = null;
        for (int i = 0; i < drafts.size(); i++) {
            StoryDraft draft = drafts.get(i);
            if (draft.date != null) {
                above = draft.date;
                continue;
            }
            if (draft.time == null) {
                continue;
            }
            StoryDraft below = nextDated(drafts, i);
            if (below != null && below.time != null) {
                draft.date = draft.time.isBefore(below.time) ? below.date.plusDays(1) : below.date;
            } else if (below != null && above == null) {
                draft.date = below.date;
            } else {
                draft.date = above;
            }
        }
    }

    private static StoryDraft nextDated(List<StoryDraft> drafts, int from) {
        for (int j = from + 1; j < drafts.size(); j++) {
            StoryDraft d = drafts.get(j);
            if (d.date != null && d.time != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate firstDate(List<Line> lines) {
        return lines.stream()
            .filter(l -> l.kind == Kind.STAMP && l.stamp.date() != null)
            .map(l -> l.stamp.date())
            .findFirst().orElse(null);
    }

    private static String firstHeadline(String content, List<Story> stories) {
        for (Story story : stories) {
            Block headline = story.headline();
            if (headline != null) {
                return content.substring(headline.start(), headline.end());
            }
        }
        return null;
    }

    /**
     * A Title Case line without a sentence end ("Air Defence Destroys 40 Russian
     * Shahed Drones Across Several Regions") heads a new story on pages that run several.
     */
    static boolean isHeadline(String text) {
        if (!isTitleLike(text) || text.endsWith(".")) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (String word : text.split("\\s+")) {
            if (word.length() > 3 && Character.isLetter(word.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitalised * 10 >= words * 8;
    }

    /** Short, and not a sentence of running text. */
    static boolean isTitleLike(String text) {
        int words = text.split("\\s+").length;
        if (words < 3 || words > 25 || text.endsWith(":")) {
            return false;
        }
        boolean sentenceEnd = text.endsWith(".") || text.endsWith("\"") || text.endsWith("\u201d");
        return !sentenceEnd || words <= 12;
    }

    /** A line of news text, a date stamp, site furniture, or a feed reader's line naming an entry's feed. */
    private enum Kind { TEXT, STAMP, FURNITURE, SOURCE }

    private record Line(int index, int start, int end, String text, Kind kind, Dateline stamp, String feed) {
    }

    /** A story being assembled while the lines are walked. */
    private static final class StoryDraft {
        private LocalDate date;
        private final LocalTime time;
        private String outlet;
        private final List<Line> lines = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();

        StoryDraft(LocalDate date, LocalTime time) {
            this.date = date;
            this.time = time;
        }

        void add(Line line) {
            boolean headline = blocks.isEmpty() && time != null && date == null && isTitleLike(line.text);
            lines.add(line);
            blocks.add(new Block(line.start, line.end, headline));
        }

        /** The line heads the story; a list bullet before it is no part of the headline. */
        void headline(Line line) {
            int bullet = line.text.length() - unbulleted(line.text).length();
            blocks.add(0, new Block(line.start + bullet, line.end, true));
        }

        /** The page's title as the first line is the headline (an HTML page's h1). */
        void markTitle(String title) {
            Block first = blocks.get(0);
            if (!first.headline() && lines.get(0).text.equals(title.strip())) {
                blocks.set(0, new Block(first.start(), first.end(), true));
            }
        }

        boolean hasBody() {
            return blocks.stream().anyMatch(b -> !b.headline()) || blocks.size() == 1;
        }
    }
}
