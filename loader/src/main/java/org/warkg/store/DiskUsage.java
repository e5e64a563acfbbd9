package org.warkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The disk space a folder takes. TDB2 grows its index files in 8 MB steps that stay
 * sparse until written, so the sum of file lengths says 200 MB of a store that holds
 * 3 MB. What the disk gives the files is what {@code du} reports; where {@code du}
 * cannot be run, the file lengths stand in, and the caller is told which it got.
 */
public final class DiskUsage {

    private static final long DU_TIMEOUT_SECONDS = 60;

    /**
     * A folder's size.
     *
     * @param bytes     the size in bytes
     * @param allocated whether it is the space allocated on disk, not the sum of file lengths
     */
    public record Size(long bytes, boolean allocated) {
    }

    private DiskUsage() {}

    /** The space the folder takes on disk, else the sum of its files' lengths. */
    public static Size of(Path folder) {
        Long allocated = du(folder);
        return allocated != null ? new Size(allocated, true) : new Size(lengths(folder), false);
    }

    /** {@code du -sk} of the folder in bytes, or null when du is missing or fails. */
    private static Long du(Path folder) {
        try {
            Process process = new ProcessBuilder("du", "-sk", folder.toAbsolutePath().toString())
                .redirectErrorStream(false).start();
            process.getOutputStream().close();
            String out;
            try (InputStream in = process.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            process.getErrorStream().close();
            if (!process.waitFor(DU_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            if (process.exitValue() != 0) {
                return null;
            }
            return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
        } catch (IOException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static long lengths(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
