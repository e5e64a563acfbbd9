package org.warkg.eval;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.warkg.record.EventRecord;

/**
 * The event fields scored on matched events, each with its rule of agreement: counts
 * and dates must be equal, names may match as places do (one inside the other), and
 * verification compares its normal form, in which null means "not stated". The
 * prediction may be null; the gold value may not.
 */
enum EventAttribute {
    AGENT(EventRecord::agent, EventAttribute::sameName),
    DATE(EventRecord::date, Objects::equals),
    INJURED(e -> text(e.injured()), Objects::equals),
    KILLED(e -> text(e.killed()), Objects::equals),
    LOCATION(EventRecord::location, EventAttribute::sameName),
    REPORTED_BY(EventRecord::reportedBy, EventAttribute::sameName),
    VERIFICATION(EventRecord::verification,
        (gold, pred) -> ScoreNames.verification(gold).equals(ScoreNames.verification(pred)));

    private final Function<EventRecord, String> field;
    private final BiPredicate<String, String> agree;

    EventAttribute(Function<EventRecord, String> field, BiPredicate<String, String> agree) {
        this.field = field;
        this.agree = agree;
    }

    /** The field's name in the record format: {@code reportedBy}. */
    String label() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder label = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            label.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return label.toString();
    }

    /** Whether the gold event gives this attribute, so that it can be judged. */
    boolean given(EventRecord gold) {
        String value = field.apply(gold);
        return value != null && !value.isEmpty();
    }

    /** Whether the prediction agrees with a gold event that gives this attribute. */
    boolean agrees(EventRecord gold, EventRecord pred) {
        return agree.test(field.apply(gold), field.apply(pred));
    }

    private static boolean sameName(String gold, String pred) {
        return ScoreNames.placeMatch(gold, pred) || ScoreNames.norm(gold).equals(ScoreNames.norm(pred));
    }

    private static String text(Integer count) {
        return count == null ? null : count.toString();
    }
}
