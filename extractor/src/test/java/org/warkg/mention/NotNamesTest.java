package org.warkg.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.warkg.gazetteer.EntityType;

class NotNamesTest {

    private final NotNames notNames = NotNames.standard();

    private static Mention mention(String text) {
        return new Mention(EntityType.Weapon, 0, 0, text.split(" ").length, 0, text.length(), text, "model", null);
    }

    @Test
    void dropsAMentionMadeOnlyOfListedWords() {
        assertThat(notNames.excludes(mention("PM GMT"))).isTrue();
        assertThat(notNames.excludes(mention("Thursday"))).isTrue();
    }

    @Test
    void keepsAMentionWithOneWordThatNamesSomething() {
        assertThat(notNames.excludes(mention("North Korea"))).isFalse();
        assertThat(notNames.excludes(mention("Kalibr"))).isFalse();
    }
}
