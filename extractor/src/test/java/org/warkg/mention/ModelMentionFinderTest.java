package org.warkg.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warkg.TestResources;
import org.warkg.nlp.Token;

class ModelMentionFinderTest {

    private static List<Token> tokens(String sentence) {
        return TestResources.annotate(sentence).sentences().get(0).tokens();
    }

    @Test
    void leavesOutTheSmallWordsThatOpenASentence() {
        List<Token> tokens = tokens("In Kramatorsk the sirens sounded twice.");

        assertThat(ModelMentionFinder.nameStart(tokens, 0, 2)).isEqualTo(1);
    }

    @Test
    void keepsANameThatStartsTheSentence() {
        List<Token> tokens = tokens("Kramatorsk heard the sirens twice.");

        assertThat(ModelMentionFinder.nameStart(tokens, 0, 1)).isZero();
    }

    @Test
    void aSpanOfSmallWordsAloneIsEmpty() {
        List<Token> tokens = tokens("Every shelter was full by noon.");

        assertThat(ModelMentionFinder.nameStart(tokens, 0, 1)).isEqualTo(1);
    }

    @Test
    void leavesOutATitleAfterTheBody() {
        List<Token> tokens = tokens("Border Council Chairman Ion Rusu resigned.");

        assertThat(ModelMentionFinder.nameEnd(tokens, 0, 3)).isEqualTo(2);
    }
}
