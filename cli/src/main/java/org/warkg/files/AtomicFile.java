package org.warkg.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file beside its target and moves it into place when complete, so a
 * crash or a failed export never leaves a half-written file under the final name
 * (and never clobbers the previous one).
 */
public final class AtomicFile {

    /** What writes the content. */
    public interface Content {
        /** Writes everything to the stream; the caller closes it. */
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /** Writes the file, creating its folder when needed. */
    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Not Files.createTempFile: its files are private to the owner, and the export should get the umask.
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
