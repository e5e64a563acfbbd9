package org.warkg.ingest;

/** Turns the raw content of one input file into a {@link SourceDocument}. */
public interface DocumentReader {

    /**
     * Reads one document.
     *
     * @param id      the document id (the file name)
     * @param source  where the content came from, for messages
     * @param content the decoded content of the file
     * @throws IngestException when the content holds no readable article
     */
    SourceDocument read(String id, String source, String content) throws IngestException;
}
