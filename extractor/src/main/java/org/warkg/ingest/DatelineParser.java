package org.warkg.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date stamps news pages put above stories: "May 14, 2023 6:40 PM",
 * "Jul 09, 2023", "Monday 12 June 2023 21:05", "21 juin 2024 à 10:52", "2024-06-04",
 * bylines that end in a date, and time-only live-blog stamps such as "08:16 , Jane Roe".
 */
public final class DatelineParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
        Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
        Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
        Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12),
        // French, as feed readers print them
        Map.entry("janv", 1), Map.entry("févr", 2), Map.entry("fevr", 2), Map.entry("mars", 3),
        Map.entry("avr", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juil", 7),
        Map.entry("août", 8), Map.entry("aout", 8), Map.entry("sept", 9), Map.entry("déc", 12));

    private static final String MONTH = "(?<month>[\\p{L}]{3,9})\\.?";
    private static final String TIME =
        "(?:,?\\s*(?:à|at)?\\s*(?<hour>\\d{1,2})[:h](?<minute>\\d{2})\\s*(?<ampm>[AaPp]\\.?[Mm]\\.?)?)?";
    private static final String WEEKDAY = "(?:[\\p{L}]+,?\\s+)?";

    private static final Pattern MONTH_FIRST = Pattern.compile(
        WEEKDAY + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>(?:19|20)\\d\\d)" + TIME);
    private static final Pattern DAY_FIRST = Pattern.compile(
        WEEKDAY + "(?<day>\\d{1,2})(?:er)?\\s+" + MONTH + ",?\\s+(?<year>(?:19|20)\\d\\d)" + TIME);
    private static final Pattern ISO = Pattern.compile(
        "(?<year>(?:19|20)\\d\\d)-(?<monthNumber>\\d\\d)-(?<day>\\d\\d)(?:[T ](?<hour>\\d\\d):(?<minute>\\d\\d))?");
    private static final Pattern TIME_ONLY = Pattern.compile(
        "(?<hour>\\d{1,2}):(?<minute>\\d{2})\\s*(?<ampm>[AaPp]\\.?[Mm]\\.?)?"
        + "\\s*(?:,\\s*\\p{Lu}[\\p{L}'\\-]+(?:\\s+\\p{Lu}[\\p{L}'\\-]+){0,3})?");
    private static final Pattern BYLINE_OR_TAG = Pattern.compile("^(?:by\\s|date\\s|published\\s|updated\\s)",
        Pattern.CASE_INSENSITIVE);

    /** Longest line still taken for a stamp; longer ones are prose that mentions a date. */
    private static final int MAX_LINE = 160;

    /** Parses a line that is a date stamp, or returns empty for any other line. */
    public Optional<Dateline> parseLine(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > MAX_LINE) {
            return Optional.empty();
        }
        Matcher time = TIME_ONLY.matcher(text);
        if (time.matches()) {
            return toTime(time).map(t -> new Dateline(null, t));
        }
        for (Pattern pattern : new Pattern[] {MONTH_FIRST, DAY_FIRST, ISO}) {
            Matcher m = pattern.matcher(text);
            if (m.find() && isStamp(text, m)) {
                Optional<LocalDate> date = toDate(m);
                if (date.isPresent()) {
                    return Optional.of(new Dateline(date.get(), toTime(m).orElse(null)));
                }
            }
        }
        return Optional.empty();
    }

    /** Finds the first full date anywhere in a text, as stamps and meta tags write it. */
    public Optional<LocalDate> findDate(String text) {
        for (Pattern pattern : new Pattern[] {ISO, MONTH_FIRST, DAY_FIRST}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                Optional<LocalDate> date = toDate(m);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    /** A stamp starts the line, or follows a byline, and most of the line is the stamp. */
    private static boolean isStamp(String text, Matcher m) {
        if (m.start() == 0) {
            return true;
        }
        return BYLINE_OR_TAG.matcher(text).find() || (m.end() - m.start()) * 2 >= text.length();
    }

    private static Optional<LocalDate> toDate(Matcher m) {
        try {
            int year = Integer.parseInt(m.group("year"));
            int day = Integer.parseInt(m.group("day"));
            int month = hasGroup(m, "monthNumber") ? Integer.parseInt(m.group("monthNumber"))
                : monthNumber(m.group("month"));
            return month == 0 ? Optional.empty() : Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> toTime(Matcher m) {
        if (!hasGroup(m, "hour") || m.group("hour") == null) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group("hour"));
        int minute = Integer.parseInt(m.group("minute"));
        String ampm = hasGroup(m, "ampm") ? m.group("ampm") : null;
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    private static int monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (int len = Math.min(5, key.length()); len >= 3; len--) {
            Integer month = MONTHS.get(key.substring(0, len));
            if (month != null) {
                return month;
            }
        }
        return 0;
    }

    private static boolean hasGroup(Matcher m, String name) {
        return m.pattern().pattern().contains("<" + name + ">");
    }
}
