package org.warkg.event.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentSampleReaderTest {

    @Test
    void aLineIsTheAgentATabAndTheSentenceWithItsTrigger() {
        AgentSample sample = AgentSampleReader.parse("t:1", "Russia\tA drone [[hit|Attack]] a depot near Sumy.");

        assertThat(sample.agent()).isEqualTo("Russia");
        assertThat(sample.sentence().text()).isEqualTo("A drone hit a depot near Sumy.");
        assertThat(sample.trigger().label()).isEqualTo("Attack");
        assertThat(sample.sentence().text().substring(sample.trigger().start(), sample.trigger().end()))
            .isEqualTo("hit");
    }

    @Test
    void aLineWithoutItsAgentIsRefusedWithItsPlace() {
        assertThatThrownBy(() -> AgentSampleReader.parse("data.agents:7", "A drone [[hit|Attack]] a depot."))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data.agents:7");
    }

    @Test
    void aLineMarksExactlyOneTypedTrigger() {
        assertThatThrownBy(() -> AgentSampleReader.parse("x", "Ukraine\tDrones [[hit|Attack]] and [[burned|?]] it."))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one trigger");
    }
}
