package org.warkg.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.warkg.nlp.CuedPattern;

/**
 * Resolves the date expressions of a sentence against the story's own date: "on
 * June 9", "4 June", "on Tuesday", "Saturday's attack", "overnight", "last night", "yesterday",
 * "over the past day" (a daily report's own day), "in March", "last June", "earlier this year".
 * Never invents a day the text does not give: a month stays a month.
 */
public final class DateResolver {

    private static final String MONTHS =
        "(January|February|March|April|May|June|July|August|September|October|November|December"
        + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern MONTH_DAY = Pattern.compile(
        "\\b" + MONTHS + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? ((?:19|20)\\d\\d))?");
    private static final Pattern DAY_MONTH = Pattern.compile(
        "\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTHS + "\\b(?:,? ((?:19|20)\\d\\d))?");
    private static final Pattern IN_MONTH = Pattern.compile(
        "\\b(?:(?:[Ii]n|[Ss]ince|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-?) (?:early |late |mid-)?|month of )" + MONTHS
        + "(?:,? ((?:19|20)\\d\\d))?");
    /** A month with its year and no day: "the ministry's March 2024 report". */
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTHS + ",? ((?:19|20)\\d\\d)\\b");
    private static final Pattern IN_YEAR = Pattern.compile("\\b(?:[Ii]n|[Ss]ince) ((?:19|20)\\d\\d)\\b");
    private static final String WEEKDAYS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    /** "on Tuesday", "late Tuesday", "Tuesday's strike", "Tuesday night". */
    private static final Pattern WEEKDAY = Pattern.compile(
        "\\b(?:[Oo]n |[Ll]ast |(?:[Ll]ate|[Ee]arly|[Oo]vernight)(?: on)? )" + WEEKDAYS + "\\b"
        + "|\\b" + WEEKDAYS + "(?:'s|\u2019s) |\\b" + WEEKDAYS + " (?:morning|afternoon|evening|night)\\b");
    private static final CuedPattern TODAY = CuedPattern.of(Pattern.compile(
        "\\b(today|tonight|this morning|this afternoon|this evening|overnight|last night|earlier in the day|"
        + "in the early hours|on the night|(?:over|in|during) the (?:past|last) (?:day|24 hours))\\b",
        Pattern.CASE_INSENSITIVE), "today", "this ", "night", "the day", "early hours", "the past", "the last");
    private static final CuedPattern YESTERDAY = CuedPattern.of(
        Pattern.compile("\\byesterday\\b", Pattern.CASE_INSENSITIVE), "yesterday");
    private static final CuedPattern THIS_YEAR = CuedPattern.of(
        Pattern.compile("\\b(earlier|later) this year\\b|\\bthis year\\b", Pattern.CASE_INSENSITIVE), "this year");
    private static final CuedPattern LAST_MONTH = CuedPattern.of(
        Pattern.compile("\\blast month\\b", Pattern.CASE_INSENSITIVE), "last month");
    private static final CuedPattern THIS_MONTH = CuedPattern.of(
        Pattern.compile("\\b(earlier|later) this month\\b", Pattern.CASE_INSENSITIVE), "this month");
    /**
     * A reporting verb just before a date that a claim follows ("claimed on May 20 that"),
     * or the date a video, post or report came out ("posted on Telegram on May 31",
     * "according to state television on 5 June").
     */
    private static final Pattern SAID = Pattern.compile(
        "\\b(?:said|says|claimed|claims|reported|reports|announced|stated|wrote|added|told)\\b"
        + "(?:\\s+\\S+){0,4}?\\s+(?:on\\s+)?$");
    private static final Pattern PUBLISHED = Pattern.compile(
        "\\b(?:(?:posted|published|released|aired)\\b(?:\\s+\\S+){0,4}?\\s+(?:on\\s+)?"
        + "|according to\\b(?:\\s+\\S+){0,4}?\\s+on\\s+)$");
    /** The rest of a sentence that a statement closes: nothing, or the statement's source. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?:,\\s+(?:citing|according to)\\b.*)?\\W*");
    private static final Pattern SAME_DAY = Pattern.compile(
        "\\b(?:(?:over|in) the (?:past|last) (?:day|24 hours)|overnight|last night|today|this morning)\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern PAST_PERFECT = Pattern.compile("^,?\\s+(?:that\\s+)?(?:\\S+\\s+){0,5}?had\\s+\\w+");
    private static final Pattern THAT = Pattern.compile("^,?\\s+that\\b");
    /** A clause dated by its distance from the main clause's day: "on Tuesday, a day after ...". */
    private static final Pattern DAYS_FROM = Pattern.compile(
        "\\b(?:(?:a|one|the) day|(two|three|four|five|six|[2-6]) days) (after|before)\\b", Pattern.CASE_INSENSITIVE);
    /** The word that ends a period, after the first day's match: "from May 3 to ...". */
    private static final Pattern RANGE_TO = Pattern.compile("[^.;]*?\\b(?:to|until|till)\\b");
    /** How far apart the words of a period "from ... to ..." may lie. */
    private static final int RANGE_REACH = 40;
    /** How far before a date a reporting verb is looked for. */
    private static final int SAID_REACH = 60;
    /** A month-day without year more than this many days after the story is last year's. */
    private static final int FUTURE_SLACK_DAYS = 7;

    /** What every month name starts with: a cheap test that spares most sentences the month patterns. */
    private static final List<String> MONTH_STEMS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
        "Sep", "Oct", "Nov", "Dec");
    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
        Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
        Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
        Map.entry("nov", 11), Map.entry("dec", 12));

    /**
     * The first date the sentence gives, or null.
     *
     * @param sentence the sentence text
     * @param story    the story's date, or null when the page gives none
     */
    public EventDate resolve(String sentence, LocalDate story) {
        EventDate named = MONTH_STEMS.stream().anyMatch(sentence::contains) ? withMonthName(sentence, story) : null;
        if (named != null) {
            return named;
        }
        if (story != null) {
            EventDate relative = relative(sentence, story);
            if (relative != null) {
                return relative;
            }
        }
        Matcher m = IN_YEAR.matcher(sentence);
        if (m.find()) {
            return new EventDate(LocalDate.of(Integer.parseInt(m.group(1)), 1, 1), DatePrecision.YEAR);
        }
        return null;
    }

    /** A date that names its month: "on June 9", "4 June", "in March", "April 2025". */
    private EventDate withMonthName(String sentence, LocalDate story) {
        Matcher m = MONTH_DAY.matcher(sentence);
        if (m.find()) {
            rangeEnd(m, sentence);
            EventDate date = day(story, month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
            if (date != null) {
                return ofStatementOr(date, sentence, m.start(), m.end());
            }
        }
        m = DAY_MONTH.matcher(sentence);
        if (m.find()) {
            EventDate date = day(story, month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3));
            if (date != null) {
                return ofStatementOr(date, sentence, m.start(), m.end());
            }
        }
        m = IN_MONTH.matcher(sentence);
        if (m.find()) {
            boolean last = m.group().toLowerCase(Locale.ROOT).startsWith("last");
            EventDate date = monthOf(story, month(m.group(1)), m.group(2), last);
            if (date != null) {
                return date;
            }
        }
        m = MONTH_YEAR.matcher(sentence);
        if (m.find()) {
            return monthOf(story, month(m.group(1)), m.group(2), false);
        }
        return null;
    }

    /**
     * Moves the match of a period's first day ("from 22:00 on May 3 to 06:00 on May 4") to its
     * last, the day a night's tally is reported for.
     */
    private static void rangeEnd(Matcher first, String sentence) {
        int start = first.start();
        int from = sentence.lastIndexOf("from ", start);
        if (from < 0 || start - from > RANGE_REACH) {
            return;
        }
        Matcher to = RANGE_TO.matcher(sentence).region(first.end(),
            Math.min(sentence.length(), first.end() + RANGE_REACH));
        if (!to.lookingAt() || !first.find(to.end()) || first.start() - to.end() > RANGE_REACH) {
            first.find(start);
        }
    }

    /**
     * The date of what a clause "a day after ..." or "two days before ..." tells, when
     * the word at the given offset lies in it and the sentence gives a day before it.
     *
     * @param sentence the sentence text
     * @param offset   offset in the sentence of the word the event is told by
     * @param story    the story's date, or null
     * @return the clause's own day (or the date it gives itself when the main clause gives none), or null
     *         when the word is not in such a clause
     */
    public EventDate clauseDate(String sentence, int offset, LocalDate story) {
        Matcher m = DAYS_FROM.matcher(sentence);
        if (!m.find() || m.start() > offset) {
            return null;
        }
        EventDate main = resolve(sentence.substring(0, m.start()), story);
        if (main == null) {
            // "The raid took place three days after Berlin approved it on May 5": a trailing clause dates itself.
            boolean trailing = !sentence.substring(0, m.start()).isBlank();
            return trailing ? resolve(sentence.substring(m.end()), story) : null;
        }
        if (main.precision() != DatePrecision.DAY) {
            return null;
        }
        int days = m.group(1) == null ? 1 : distance(m.group(1).toLowerCase(Locale.ROOT));
        boolean after = m.group(2).equalsIgnoreCase("after");
        return EventDate.day(after ? main.date().minusDays(days) : main.date().plusDays(days));
    }

    private static int distance(String word) {
        return switch (word) {
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            case "six" -> 6;
            default -> Integer.parseInt(word);
        };
    }

    /**
     * A calendar day that dates a statement ("claimed on May 20 that ...") is not the
     * day of what the statement tells, which came before it: only the month is kept.
     */
    private static EventDate ofStatementOr(EventDate date, String sentence, int start, int end) {
        String before = sentence.substring(Math.max(0, start - SAID_REACH), start);
        String after = sentence.substring(end);
        // "..., the governor said on May 31." closes the sentence with the day of the statement;
        // what it tells happened that day only if it says so ("over the past day", "overnight").
        boolean closing = SENTENCE_END.matcher(after).matches() && !SAME_DAY.matcher(sentence).find();
        boolean statement = PUBLISHED.matcher(before).find()
            || SAID.matcher(before).find() && (THAT.matcher(after).find() || closing);
        return statement ? new EventDate(date.date().withDayOfMonth(1), DatePrecision.MONTH) : date;
    }

    /**
     * "the brigade said on Sunday it had captured three soldiers": what a statement
     * tells in the past perfect came before the day it was made.
     */
    private static boolean toldAsEarlier(String sentence, int start, int end) {
        String before = sentence.substring(Math.max(0, start - SAID_REACH), start);
        return SAID.matcher(before).find() && PAST_PERFECT.matcher(sentence.substring(end)).find();
    }

    private static EventDate relative(String sentence, LocalDate story) {
        // Every weekday's name ends in "day": a cheap test that spares most sentences the scan.
        Matcher m = sentence.contains("day") ? WEEKDAY.matcher(sentence) : null;
        if (m != null && m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
            EventDate date = EventDate.day(story.with(TemporalAdjusters.previousOrSame(day)));
            return toldAsEarlier(sentence, m.start(), m.end())
                ? new EventDate(date.date().withDayOfMonth(1), DatePrecision.MONTH) : date;
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (YESTERDAY.foundIn(sentence, lower)) {
            return EventDate.day(story.minusDays(1));
        }
        if (TODAY.foundIn(sentence, lower)) {
            return EventDate.day(story);
        }
        if (THIS_MONTH.foundIn(sentence, lower)) {
            return new EventDate(story.withDayOfMonth(1), DatePrecision.MONTH);
        }
        if (LAST_MONTH.foundIn(sentence, lower)) {
            return new EventDate(story.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH);
        }
        if (THIS_YEAR.foundIn(sentence, lower)) {
            return new EventDate(story.withDayOfYear(1), DatePrecision.YEAR);
        }
        return null;
    }

    private static EventDate day(LocalDate story, int month, int day, String year) {
        if (month == 0 || day < 1 || day > 31) {
            return null;
        }
        Integer y = yearOf(year, story);
        if (y == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(y, month, day);
            if (year == null && date.isAfter(story.plusDays(FUTURE_SLACK_DAYS))) {
                date = date.minusYears(1);
            }
            return EventDate.day(date);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static EventDate monthOf(LocalDate story, int month, String year, boolean last) {
        if (month == 0) {
            return null;
        }
        Integer y = yearOf(year, story);
        if (y == null) {
            return null;
        }
        // A month written without its year and not yet come (or, for "last", not yet over) is last year's.
        if (year == null && (last && month >= story.getMonthValue() || month > story.getMonthValue())) {
            y--;
        }
        return new EventDate(LocalDate.of(y, month, 1), DatePrecision.MONTH);
    }

    /** The year the text writes, else the story's, else null. */
    private static Integer yearOf(String year, LocalDate story) {
        if (year != null) {
            return Integer.valueOf(year);
        }
        return story != null ? story.getYear() : null;
    }

    private static int month(String name) {
        return MONTH_NUMBERS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }
}
