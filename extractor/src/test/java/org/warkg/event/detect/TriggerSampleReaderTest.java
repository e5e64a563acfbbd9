package org.warkg.event.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TriggerSampleReaderTest {

    @Test
    void stripsMarksAndKeepsTheirOffsets() {
        TriggerSample sample = TriggerSampleReader.parse("t:1",
            "Artillery [[shelled|Attack]] the port, and troops [[withdrew|Deployment]] at dawn.");

        assertThat(sample.text()).isEqualTo("Artillery shelled the port, and troops withdrew at dawn.");
        assertThat(sample.labelAt(sample.text().indexOf("shelled"))).isEqualTo("Attack");
        assertThat(sample.labelAt(sample.text().indexOf("withdrew") + 3)).isEqualTo("Deployment");
        assertThat(sample.labelAt(sample.text().indexOf("port"))).isNull();
    }

    @Test
    void rejectsAnUnknownTypeNamingTheLine() {
        assertThatThrownBy(() -> TriggerSampleReader.parse("file.events:7", "They [[met|Talks]] in Ankara."))
            .hasMessageContaining("file.events:7").hasMessageContaining("Talks");
    }
}
