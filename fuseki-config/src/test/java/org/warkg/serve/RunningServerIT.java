package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The note a server leaves in its store folder is found while the server answers, and ignored after. */
class RunningServerIT {

    private static final long THIS_PROCESS = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @Test
    void findsTheServerWhileItAnswersAndIgnoresItsNoteAfterwards() {
        Path store = dir.resolve("tdb2");
        RunningServer note;
        try (FixtureServer server = FixtureServer.start(dir)) {
            note = new RunningServer(server.dataset(), THIS_PROCESS, true);
            note.writeTo(store);
            assertThat(RunningServer.find(store)).contains(note);
        }
        assertThat(store.resolve(RunningServer.FILE)).exists();
        assertThat(RunningServer.find(store)).as("the port no longer answers").isEmpty();
    }

    @Test
    void ignoresTheNoteOfAProcessThatIsGone() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        try (FixtureServer server = FixtureServer.start(dir)) {
            Path store = dir.resolve("tdb2");
            new RunningServer(server.dataset(), gone.pid(), true).writeTo(store);
            assertThat(RunningServer.find(store)).isEmpty();
        }
    }

    @Test
    void removesOnlyItsOwnNote() throws Exception {
        Path store = Files.createDirectories(dir.resolve("tdb2"));
        RunningServer older = new RunningServer("http://127.0.0.1:1/kg", THIS_PROCESS, false);
        RunningServer newer = new RunningServer("http://127.0.0.1:2/kg", THIS_PROCESS, false);
        newer.writeTo(store);
        older.removeFrom(store);
        assertThat(store.resolve(RunningServer.FILE)).exists();
        newer.removeFrom(store);
        assertThat(store.resolve(RunningServer.FILE)).doesNotExist();
    }
}
