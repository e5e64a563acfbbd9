package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.serve.KgServer;
import org.warkg.serve.ServerSettings;

/**
 * Runs the analysts' notebook, {@code notebooks/explore.ipynb}, from top to bottom against a real server over the
 * sample articles, as an analyst would: the notebook is only worth shipping if every query still matches the
 * graph the loader writes, and a change to the ontology or the mapping shows up here rather than in front of an
 * analyst. The notebook raises on an empty table, and this test checks each figure was written and holds a plot.
 */
class NotebookIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** The wrapper the README runs the notebook with. */
    private static final String SCRIPT = ROOT.resolve("notebooks/explore").toString();

    /** Debian's Python, where the packages below live; the first python3 on the PATH may be another one. */
    private static final String PYTHON = "/usr/bin/python3";

    private static final String PACKAGES =
        "jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib python3-sparqlwrapper";

    /** The figures the notebook saves, one per question it answers. */
    private static final List<String> FIGURES =
        List.of("events-per-day.png", "event-places.png", "top-actors.png", "claims-by-claimant.png");

    /** A PNG of a drawn plot is tens of KB; a blank or failed figure is far smaller. */
    private static final long MIN_FIGURE_BYTES = 5 * 1024;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static final long TIMEOUT_MINUTES = 5;

    @TempDir
    Path dir;

    @Test
    void runsEveryCellAgainstTheSamplesAndSavesEveryFigure() throws Exception {
        requirePythonPackages();
        Path store = dir.resolve("tdb2");
        assertThat(Kg.run("ingest", ROOT.resolve("samples").toString(), "--store", store.toString())).isZero();
        Path figures = Files.createDirectories(dir.resolve("figures"));
        Path executed = dir.resolve("executed.ipynb");

        FusekiServer server = KgServer.start(new ServerSettings(store, dir.resolve("run"), 0, null));
        Run run;
        try {
            // The last variable quiets the kernel debugger's warning about frozen modules, noise in a failure's log.
            Map<String, String> env = Map.of("KG_ENDPOINT", KgServer.datasetUrl(server) + "/sparql",
                "KG_FIGURES", figures.toString(), "PYDEVD_DISABLE_FILE_VALIDATION", "1");
            run = run(env, PYTHON, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
                "notebooks/explore.ipynb", "--output", executed.toString());
        } finally {
            server.stop();
        }

        assertThat(run.code()).as("nbconvert failed:%n%s", run.output()).isZero();
        assertThat(cellErrors(executed)).as("cells that failed; nbconvert said:%n%s", run.output()).isEmpty();
        for (String name : FIGURES) {
            Path png = figures.resolve(name);
            assertThat(png).as("figure %s not saved; nbconvert said:%n%s", name, run.output()).exists();
            assertThat(Files.size(png)).as("size of %s", name).isGreaterThanOrEqualTo(MIN_FIGURE_BYTES);
            try (InputStream in = Files.newInputStream(png)) {
                assertThat(in.readNBytes(PNG_SIGNATURE.length)).as("%s is a PNG", name).isEqualTo(PNG_SIGNATURE);
            }
        }
    }

    @Test
    void theScriptTellsWhyTheNotebookCannotRunInTwoLines() throws Exception {
        requirePythonPackages();
        // Nothing listens on a port just released.
        int dead;
        try (ServerSocket socket = new ServerSocket(0)) {
            dead = socket.getLocalPort();
        }
        Run noServer = run(Map.of("KG_ENDPOINT", "http://127.0.0.1:" + dead + "/kg/sparql"), SCRIPT,
            dir.resolve("unused.ipynb").toString());
        assertThat(noServer.code()).isEqualTo(2);
        assertThat(noServer.output().lines()).hasSize(2);
        assertThat(noServer.output()).contains("nothing answers at", "./kg serve").doesNotContain("Traceback");

        // A server over an empty store answers, and the notebook's first count stops it.
        FusekiServer server = KgServer.start(new ServerSettings(dir.resolve("empty"), dir.resolve("run"), 0, null));
        Run empty;
        try {
            empty = run(Map.of("KG_ENDPOINT", KgServer.datasetUrl(server) + "/sparql",
                "KG_FIGURES", dir.resolve("figures").toString()), SCRIPT,
                dir.resolve("empty.ipynb").toString());
        } finally {
            server.stop();
        }
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.output().lines()).hasSize(2);
        assertThat(empty.output()).contains("ValueError: No events at", "ingest articles first")
            .doesNotContain("Traceback", "\u001b[");
    }

    /** Fails with the install command when Debian's Python cannot run the notebook, instead of a Python trace. */
    private void requirePythonPackages() throws Exception {
        if (!Files.isExecutable(Path.of(PYTHON))) {
            fail("%s is missing: install the Debian packages %s", PYTHON, PACKAGES);
        }
        Run check = run(Map.of(), PYTHON, "-c", "import nbconvert, ipykernel, pandas, matplotlib, SPARQLWrapper");
        if (check.code() != 0) {
            fail("%s lacks the notebook's packages; install the Debian packages %s%n%s", PYTHON, PACKAGES,
                check.output());
        }
    }

    /** Every code cell that did not run or ended in an error, as "cell N: ..." lines. */
    private static List<String> cellErrors(Path notebook) {
        List<String> errors = new ArrayList<>();
        List<JsonValue> cells = JSON.read(notebook.toString()).get("cells").getAsArray();
        for (int i = 0; i < cells.size(); i++) {
            JsonObject cell = cells.get(i).getAsObject();
            if (!"code".equals(cell.getString("cell_type"))) {
                continue;
            }
            if (!cell.get("execution_count").isNumber()) {
                errors.add("cell " + i + ": not executed");
            }
            for (JsonValue output : cell.get("outputs").getAsArray()) {
                JsonObject out = output.getAsObject();
                if ("error".equals(out.getString("output_type"))) {
                    errors.add("cell " + i + ": " + out.getString("ename") + ": " + out.getString("evalue"));
                }
            }
        }
        return errors;
    }

    /** Runs a command in the repository root with extra environment, its output and errors in one log. */
    private Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "process", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
            .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            // nbconvert's kernel is a child process of its own, which would outlive its parent.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
            fail("%s did not finish in %d minutes:%n%s", String.join(" ", command), TIMEOUT_MINUTES,
                Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** A finished process: its exit code and everything it printed. */
    private record Run(int code, String output) {}
}
