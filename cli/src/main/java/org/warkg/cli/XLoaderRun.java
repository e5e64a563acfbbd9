package org.warkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jena's TDB2 xloader, for inputs larger than memory: its phases run one after another, each in a JVM of
 * its own as the Apache Jena distribution runs them (node table, then the data, then one index at a time,
 * with sort(1) sorting the work files). Its classes come with kg (jena-cmds); the work files go to a
 * folder of their own, removed once the store is built.
 */
final class XLoaderRun {

    private static final String PACKAGE = "tdb2.xloader.";
    private static final List<String> TRIPLE_INDEXES = List.of("SPO", "POS", "OSP");
    private static final List<String> QUAD_INDEXES = List.of("GSPO", "GPOS", "GOSP", "SPOG", "POSG", "OSPG");

    private final Path store;
    private final Path work;
    private final int sortThreads;

    /**
     * @param store       the store folder to build; it must not exist yet
     * @param work        the folder for the work files, which may be large (about the input's size, twice)
     * @param sortThreads threads each sort(1) uses
     */
    XLoaderRun(Path store, Path work, int sortThreads) {
        this.store = store;
        this.work = work;
        this.sortThreads = sortThreads;
    }

    /** Builds the store from the files; the counts of triples and quads loaded. */
    long load(List<Path> files) throws IOException {
        Files.createDirectories(work);
        List<String> inputs = files.stream().map(Path::toString).toList();
        phase("node table", "CmdxBuildNodeTable", List.of("--threads", String.valueOf(sortThreads)), inputs);
        Path triples = work.resolve("triples.tmp");
        Path quads = work.resolve("quads.tmp");
        phase("data", "CmdxIngestData", List.of("--triples", triples.toString(), "--quads", quads.toString()),
            inputs);
        JsonNode counts = new ObjectMapper().readTree(work.resolve("load.json").toFile());
        long tripleCount = counts.path("triples").asLong();
        long quadCount = counts.path("quads").asLong();
        List<String> indexes = new ArrayList<>();
        if (tripleCount > 0) {
            indexes.addAll(TRIPLE_INDEXES);
        }
        if (quadCount > 0) {
            indexes.addAll(QUAD_INDEXES);
        }
        for (String index : indexes) {
            phase("index " + index, "CmdxBuildIndex", List.of("--threads", String.valueOf(sortThreads), "--index",
                index), List.of(triples.toString(), quads.toString()));
        }
        try (Stream<Path> leftovers = Files.walk(work)) {
            leftovers.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        return tripleCount + quadCount;
    }

    /** Runs one phase in a JVM of its own, with the class path of this one; its output is shown as it comes. */
    private void phase(String name, String command, List<String> options, List<String> inputs) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> line = new ArrayList<>(List.of(java, "-Xmx4g", "-cp", System.getProperty("java.class.path"),
            PACKAGE + command, "--loc", store.toString(), "--tmpdir", work.toString()));
        line.addAll(options);
        line.addAll(inputs);
        long start = System.nanoTime();
        System.err.println("xloader: " + name + " ...");
        Process process = new ProcessBuilder(line).inheritIO().start();
        int code;
        try {
            code = process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new CommandException("Interrupted during the xloader's " + name + " phase.",
                "Delete " + store + " and " + work + ", then load again.", 1);
        }
        if (code != 0) {
            throw new CommandException("The xloader's " + name + " phase failed (exit " + code + ").",
                "Its messages are above. Delete " + store + " and " + work + ", then load again.", 1);
        }
        System.err.printf(Locale.ROOT, "xloader: %s in %.1f s%n", name, (System.nanoTime() - start) / 1e9);
    }
}
