package org.warkg.event.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warkg.TestResources;
import org.warkg.event.EventType;
import org.warkg.nlp.Sentence;

/** Checks that the shipped lexicon and model are wired and read clause realis, not the model's accuracy. */
class EventDetectorTest {

    private final EventDetector detector = EventDetector.standard();

    private List<EventType> types(String text) {
        Sentence sentence = TestResources.annotate(text).sentences().get(0);
        return detector.detect(sentence, token -> false).stream().map(EventDetector.Trigger::type).toList();
    }

    @Test
    void aStrikeToldAsDoneIsAnAttack() {
        assertThat(types("Russian missiles struck an energy plant in the city overnight, officials said."))
            .contains(EventType.Attack);
    }

    @Test
    void aWordThatOnlyModifiesANounIsNoEvent() {
        assertThat(types("The regiment received new attack helicopters and artillery shells.")).isEmpty();
    }

    @Test
    void aLightVerbLeavesTheEventToItsObject() {
        assertThat(types("Marines launched an assault on the river island at dawn on Tuesday."))
            .containsExactly(EventType.Attack);
        assertThat(types("Ukrainian troops launched an incursion into the neighbouring region last summer."))
            .containsExactly(EventType.TerritorialChange);
    }

    @Test
    void aVerbOfTheLexiconIsFoundInAnyOfItsForms() {
        TriggerLexicon lexicon = TriggerLexicon.standard();
        Sentence sentence = TestResources.annotate("Gunners Downed Four Drones").sentences().get(0);

        assertThat(lexicon.typesOf(sentence.tokens().get(1))).contains(EventType.Interception);
    }
}
