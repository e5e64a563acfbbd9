package org.warkg.serve;

import java.nio.file.Path;

/**
 * How to run the server.
 *
 * @param store    the TDB2 store folder
 * @param runDir   Fuseki's work folder (FUSEKI_BASE): generated config, shiro.ini, logs
 * @param port     the HTTP port on 127.0.0.1; 0 picks a free one
 * @param password the admin password, any characters as they are, or null for a server nobody can write to
 */
public record ServerSettings(Path store, Path runDir, int port, String password) {

    /** The dataset name the configuration serves. */
    public static final String DATASET = "kg";
}
