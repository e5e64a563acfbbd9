package org.warkg.spark;

/** The job's outputs: each a folder of part files under the output path. */
public enum Output {

    /** One extraction record per line, as {@code kg extract} writes it. */
    RECORDS("records", ".jsonl"),
    /** The article graphs, one named graph per article, as {@code kg ingest} stores them. */
    QUADS("quads", ".nq"),
    /** One line per input left without a graph: {@code {"file", "reason", "kind"}}. */
    FAILURES("failures", ".jsonl");

    private final String folder;
    private final String extension;

    Output(String folder, String extension) {
        this.folder = folder;
        this.extension = extension;
    }

    /** The folder under the job's output path. */
    public String folder() {
        return folder;
    }

    /** The part file's name for a task's default name such as {@code part-00003}. */
    String partFile(String taskFile) {
        return folder + "/" + taskFile + extension;
    }
}
