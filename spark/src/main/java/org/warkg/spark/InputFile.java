package org.warkg.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

import org.warkg.ingest.DocumentLoader;

/**
 * One input file read whole, or why it could not be: what the job spreads over its
 * partitions before extraction.
 *
 * @param path    the file's path in its file system
 * @param content its bytes, or null when it could not be read
 * @param problem why it could not be read, or null
 */
public record InputFile(String path, byte[] content, String problem) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Opens a file's content; the caller closes the stream. */
    @FunctionalInterface
    public interface Content {
        InputStream stream() throws IOException;
    }

    /** Reads the file, refusing more than {@link DocumentLoader#MAX_BYTES} as {@code kg extract} does. */
    public static InputFile read(String path, Content content) {
        try (InputStream in = content.stream()) {
            // One byte past the limit tells a file too large without reading all of it.
            byte[] bytes = in.readNBytes((int) DocumentLoader.MAX_BYTES + 1);
            return bytes.length > DocumentLoader.MAX_BYTES
                ? new InputFile(path, null, "file too large (limit " + DocumentLoader.MAX_BYTES + " bytes)")
                : new InputFile(path, bytes, null);
        } catch (IOException e) {
            return new InputFile(path, null, "cannot read: " + e.getMessage());
        }
    }

    /** The file's name: the record's document id. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
