package org.warkg.cli;

import java.nio.file.Path;

/**
 * Default folders inside the project: the {@code ./kg} launcher passes the project
 * folder as the system property {@code kg.home}; without it, the working folder.
 */
final class ProjectPaths {

    private ProjectPaths() {}

    static Path home() {
        return Path.of(System.getProperty("kg.home", "."));
    }

    /** The default TDB2 store. */
    static Path store() {
        return home().resolve("store").resolve("tdb2");
    }

    /** The default Fuseki run folder. */
    static Path run() {
        return home().resolve("run");
    }
}
