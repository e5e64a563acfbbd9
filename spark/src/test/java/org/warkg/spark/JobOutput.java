package org.warkg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The lines of one output of a job run on the local file system, over all its part files. */
final class JobOutput {

    private JobOutput() {}

    static List<String> lines(Path out, Output output) {
        return parts(out, output).stream().flatMap(JobOutput::read).toList();
    }

    /** The output's part files, in name order. */
    static List<Path> parts(Path out, Output output) {
        Path folder = out.resolve(output.folder());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> parts = Files.list(folder)) {
            return parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> read(Path part) {
        try {
            return Files.readAllLines(part).stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
