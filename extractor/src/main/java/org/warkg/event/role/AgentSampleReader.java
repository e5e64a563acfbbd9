package org.warkg.event.role;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.warkg.nlp.TrainingFiles;
import org.warkg.event.detect.TriggerSample;
import org.warkg.event.detect.TriggerSampleReader;

/**
 * Reads agent training data ({@code *.agents}): one event per line, the agent's name, a
 * tab, and the sentence with the event's trigger marked as in trigger data
 * ({@code [[struck|Attack]]}). Blank lines and lines starting with {@code #} are skipped.
 */
public final class AgentSampleReader {

    private AgentSampleReader() {}

    /** The samples of one file, in order. */
    public static List<AgentSample> read(Path file) throws IOException {
        return TrainingFiles.read(file, AgentSampleReader::parse);
    }

    /** One line. */
    public static AgentSample parse(String source, String line) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
            throw new IllegalArgumentException(source + ": a line is the agent, a tab, then the sentence");
        }
        TriggerSample sentence = TriggerSampleReader.parse(source, line.substring(tab + 1).strip());
        if (sentence.marks().size() != 1 || sentence.marks().get(0).label().equals(TriggerSample.UNSURE)) {
            throw new IllegalArgumentException(source + ": a line marks exactly one trigger with its type");
        }
        return new AgentSample(line.substring(0, tab).strip(), sentence);
    }
}
