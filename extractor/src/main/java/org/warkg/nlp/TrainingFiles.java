package org.warkg.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * The line-per-sample training files the build's trainers read: every file of a folder
 * with one ending, in name order, each line a sample except blank lines and {@code #}
 * comments. A sample's source is its file and line, so errors can name them.
 */
public final class TrainingFiles {

    private TrainingFiles() {}

    /** The samples of every file of the folder with the ending, files in name order. */
    public static <T> List<T> readFolder(Path folder, String extension, BiFunction<String, String, T> parse)
            throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("No *" + extension + " files in " + folder);
        }
        List<T> samples = new ArrayList<>();
        for (Path file : files) {
            samples.addAll(read(file, parse));
        }
        return samples;
    }

    /** The samples of one file, in order; {@code parse} takes the source ("file:line") and the line. */
    public static <T> List<T> read(Path file, BiFunction<String, String, T> parse) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<T> samples = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                samples.add(parse.apply(file.getFileName() + ":" + (i + 1), line));
            }
        }
        return samples;
    }
}
