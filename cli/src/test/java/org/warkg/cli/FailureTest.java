package org.warkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.dboe.DBOpEnvException;
import org.junit.jupiter.api.Test;
import org.warkg.queries.QueryLibraryException;

/** The cause and fix a user reads for the failures met in daily use. */
class FailureTest {

    @Test
    void namesTheStoreAndTheProcessThatLocksIt() {
        RuntimeException assembling = new RuntimeException("caught: Failed to get a lock\n  doing: ...",
            new DBOpEnvException("Failed to get a lock: file='/data/kg/tdb2/tdb.lock': held by process "
                + "4242"));
        Failure failure = Failure.of(assembling);
        assertThat(failure.cause()).isEqualTo("The store /data/kg/tdb2 is in use by process 4242.");
        assertThat(failure.fix()).contains("Stop that process");
        assertThat(failure.exitCode()).isEqualTo(2);
    }

    @Test
    void passesAUsersMistakeOnAsItIsSaid() {
        Failure failure = Failure.of(new QueryLibraryException("Unknown query 'timeline'"));
        assertThat(failure.cause()).isEqualTo("Unknown query 'timeline'");
        assertThat(failure.fix()).isNull();
        assertThat(failure.exitCode()).isEqualTo(1);
    }

    @Test
    void keepsTheFirstLineOfAnUnforeseenFailureAndPointsToVerbose() {
        Failure failure = Failure.of(new IllegalStateException("Broken\nsecond line"));
        assertThat(failure.cause()).isEqualTo("Broken");
        assertThat(failure.fix()).contains("--verbose");
    }
}
