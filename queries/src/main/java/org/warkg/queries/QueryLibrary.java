package org.warkg.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The named queries: every {@code *.rq} file in {@code org/warkg/queries/} on the
 * class path, found by listing the folder (in a jar or on disk) so that a new file
 * needs no index entry. Each file's header is checked when the library loads.
 */
public final class QueryLibrary {

    /** The class-path folder of the query files. */
    public static final String FOLDER = "org/warkg/queries/";
    private static final String SUFFIX = ".rq";

    private final Map<String, NamedQuery> queries;

    private QueryLibrary(Map<String, NamedQuery> queries) {
        this.queries = Collections.unmodifiableMap(queries);
    }

    /** The queries shipped with this module. */
    public static QueryLibrary standard() {
        ClassLoader loader = QueryLibrary.class.getClassLoader();
        Map<String, NamedQuery> queries = new TreeMap<>();
        try {
            Enumeration<URL> folders = loader.getResources(FOLDER);
            while (folders.hasMoreElements()) {
                for (String file : list(folders.nextElement())) {
                    String name = file.substring(0, file.length() - SUFFIX.length());
                    queries.putIfAbsent(name, HeaderParser.parse(name, read(loader, FOLDER + file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the query library " + FOLDER, e);
        }
        if (queries.isEmpty()) {
            throw new QueryLibraryException("No *.rq files under " + FOLDER + " on the class path");
        }
        return new QueryLibrary(queries);
    }

    /** All queries, by name. */
    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    /**
     * The query with that name.
     *
     * @throws QueryLibraryException naming the unknown query and listing the known ones
     */
    public NamedQuery get(String name) {
        NamedQuery query = queries.get(name);
        if (query == null) {
            throw new QueryLibraryException("Unknown query '" + name + "'; the library has: "
                + String.join(", ", queries.keySet()));
        }
        return query;
    }

    /** Looks the query up and binds the values, with the errors of {@link NamedQuery#bind}. */
    public BoundQuery bind(String name, Map<String, String> values) {
        return get(name).bind(values);
    }

    private static List<String> list(URL folder) throws IOException {
        List<String> files = new ArrayList<>();
        if (folder.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) folder.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String path = entry.getName();
                    if (path.startsWith(FOLDER) && path.endsWith(SUFFIX) && path.indexOf('/', FOLDER.length()) < 0) {
                        files.add(path.substring(FOLDER.length()));
                    }
                }
            }
        } else {
            Path dir;
            try {
                dir = Path.of(folder.toURI());
            } catch (URISyntaxException e) {
                throw new IOException("Bad folder URL " + folder, e);
            }
            try (Stream<Path> paths = Files.list(dir)) {
                paths.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(SUFFIX)).forEach(files::add);
            }
        }
        return files;
    }

    private static String read(ClassLoader loader, String resource) throws IOException {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing class-path resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
