package org.warkg.spark;

import org.apache.hadoop.mapred.lib.MultipleTextOutputFormat;

/**
 * Writes each (output, text) row as a line of the part file in the output's folder, so
 * one pass over the input fills records, quads and failures together. The key only
 * routes the row and is not written.
 */
public final class SplitOutputFormat extends MultipleTextOutputFormat<Output, String> {

    @Override
    protected String generateFileNameForKeyValue(Output output, String text, String taskFile) {
        return output.partFile(taskFile);
    }

    @Override
    protected Output generateActualKey(Output output, String text) {
        return null;
    }
}
