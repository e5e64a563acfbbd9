package org.warkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Unpacks Fuseki's web UI (the jena-fuseki-ui jar's {@code webapp/}) into the run
 * folder, where Fuseki looks first. Serving it from the folder rather than from the
 * jar does not depend on how the class path was assembled.
 */
final class UiFiles {

    private static final String FOLDER = "webapp/";
    private static final String MARKER = FOLDER + "index.html";

    private UiFiles() {}

    /** Unpacks the UI into {@code runDir/webapp} unless it is there; returns false when no UI jar is present. */
    static boolean unpack(Path runDir) {
        Path target = runDir.resolve("webapp");
        if (Files.exists(target.resolve("index.html"))) {
            return true;
        }
        URL marker = UiFiles.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            return false;
        }
        try {
            if (!(marker.openConnection() instanceof JarURLConnection connection)) {
                return false;
            }
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.getName().startsWith(FOLDER) || entry.isDirectory()) {
                        continue;
                    }
                    Path file = runDir.resolve(entry.getName()).normalize();
                    if (!file.startsWith(target)) {
                        continue;
                    }
                    Files.createDirectories(file.getParent());
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the Fuseki UI into " + target, e);
        }
    }
}
