package org.warkg.event.detect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.warkg.nlp.TrainingFiles;
import org.warkg.event.EventType;

/**
 * Reads trigger training data: one sentence per line, as written, with each event's word
 * marked {@code [[word|Type]]} ({@code [[word|?]]} for a word to leave out). Lines that
 * start with {@code #} and blank lines are skipped.
 */
public final class TriggerSampleReader {

    private static final Pattern MARK = Pattern.compile("\\[\\[([^\\[\\]|]+)\\|([A-Za-z?]+)]]");

    private TriggerSampleReader() {}

    /** The samples of one file, in order. */
    public static List<TriggerSample> read(Path file) throws IOException {
        return TrainingFiles.read(file, TriggerSampleReader::parse);
    }

    /** One annotated line. */
    public static TriggerSample parse(String source, String line) {
        StringBuilder text = new StringBuilder();
        List<TriggerSample.Mark> marks = new ArrayList<>();
        Matcher m = MARK.matcher(line);
        int last = 0;
        while (m.find()) {
            text.append(line, last, m.start());
            String label = m.group(2);
            if (!label.equals(TriggerSample.UNSURE)) {
                try {
                    EventType.valueOf(label);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + ": no event type '" + label + "'", e);
                }
            }
            marks.add(new TriggerSample.Mark(text.length(), text.length() + m.group(1).length(), label));
            text.append(m.group(1));
            last = m.end();
        }
        text.append(line.substring(last));
        if (text.indexOf("[[") >= 0 || text.indexOf("]]") >= 0) {
            throw new IllegalArgumentException(source + ": a mark is not of the form [[word|Type]]");
        }
        return new TriggerSample(source, text.toString(), marks);
    }
}
