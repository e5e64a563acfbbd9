package org.warkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * The admin password, from a file named on the command line or from the
 * environment variable {@code KG_ADMIN_PASSWORD}; never from the command line
 * itself, where other users of the machine could read it.
 */
final class AdminPassword {

    static final String ENV = "KG_ADMIN_PASSWORD";

    @Option(names = "--password-file", paramLabel = "FILE",
        description = "File holding the admin password (default: the KG_ADMIN_PASSWORD variable).")
    Path file;

    /**
     * The password, or null when none is configured. Every character counts, spaces at
     * the ends too; only the newline that editors put at a file's end is not part of it.
     */
    String get() throws IOException {
        if (file != null) {
            String text = withoutFinalNewline(Files.readString(file));
            if (text.isEmpty()) {
                throw new IOException("Password file " + file + " is empty");
            }
            return text;
        }
        String env = System.getenv(ENV);
        return env == null || env.isEmpty() ? null : env;
    }

    private static String withoutFinalNewline(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
