package org.warkg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void foldsCasePunctuationAndLeadingArticle() {
        assertThat(NameKey.of("The  Black-Sea Fleet")).isEqualTo("black sea fleet");
        assertThat(NameKey.of("  (Kharkiv)  ")).isEqualTo("kharkiv");
    }

    @Test
    void dropsPossessivesOnlyAtTheEndOfAWord() {
        assertThat(NameKey.of("Ukraine's Navy")).isEqualTo("ukraine navy");
        assertThat(NameKey.of("UKRAINE'S")).isEqualTo("ukraine");
        assertThat(NameKey.of("Ma'sum")).isEqualTo("ma sum");
    }

    @Test
    void plainAndAccentedSpellingsShareAKey() {
        assertThat(NameKey.of("Zaporizhzhia’s plant")).isEqualTo(NameKey.of("Zaporizhzhia's plant"));
        assertThat(NameKey.of("Café Odesa")).isEqualTo(NameKey.of("cafe odesa"));
        assertThat(NameKey.of("Théâtre")).isEqualTo("theatre");
    }
}
