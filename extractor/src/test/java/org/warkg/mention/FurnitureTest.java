package org.warkg.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.warkg.TestResources;
import org.warkg.gazetteer.EntityType;
import org.warkg.nlp.AnnotatedText;
import org.warkg.nlp.Sentence;

class FurnitureTest {

    private static Mention first(Sentence sentence, int length, String gazetteerId) {
        int end = sentence.tokens().get(length - 1).end();
        int start = sentence.tokens().get(0).start();
        return new Mention(EntityType.Organization, sentence.index(), 0, length, start, end,
            sentence.text().substring(0, end - start), gazetteerId == null ? "model" : "gazetteer", gazetteerId);
    }

    @Test
    void aHeadingInCapitalsHoldsNoUnknownName() {
        Sentence heading = TestResources.annotate("FRONTLINE DIGEST").sentences().get(0);

        assertThat(Furniture.holds(heading, first(heading, 2, null))).isTrue();
    }

    @Test
    void aGazetteerNameInAHeadingIsKept() {
        Sentence heading = TestResources.annotate("NATO SUMMIT").sentences().get(0);

        assertThat(Furniture.holds(heading, first(heading, 1, "org/nato"))).isFalse();
    }

    @Test
    void anAcronymInASentenceIsNoFurniture() {
        AnnotatedText text = TestResources.annotate("HIMARS launchers were moved closer to the river.");
        Sentence sentence = text.sentences().get(0);

        assertThat(Furniture.holds(sentence, first(sentence, 1, null))).isFalse();
    }

    @Test
    void aLineWithoutLettersIsNoHeading() {
        assertThat(Furniture.isCapitalsHeading("12:40")).isFalse();
        assertThat(Furniture.isCapitalsHeading("WHAT WE KNOW")).isTrue();
    }
}
