package org.warkg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;

/**
 * Writes the files a server run needs into its run folder: the shipped
 * {@code config-kg.ttl} with {@code tdb2:location} set to the store and
 * {@code text:directory} to the folder beside it, {@code shiro.ini} with the admin
 * user added when a password is given (by its hash, so any characters work), and
 * {@code cors.properties}.
 */
public final class ServerFiles {

    static final String CONFIG = "org/warkg/serve/config-kg.ttl";
    static final String SHIRO = "org/warkg/serve/shiro.ini";
    static final String CORS = "org/warkg/serve/cors.properties";
    private static final String TDB2_LOCATION = "http://jena.apache.org/2016/tdb#location";
    private static final String TEXT_DIRECTORY = "http://jena.apache.org/text#directory";
    private static final String TEXT_FOLDER_SUFFIX = "-text";
    /** The line that opens shiro.ini's users, not the words "[users]" in a comment. */
    private static final Pattern USERS = Pattern.compile("(?m)^\\[users]$");

    private ServerFiles() {}

    /** Writes the configuration for the settings and returns its path. */
    public static Path writeConfig(ServerSettings settings) {
        Model model = config(settings.store());
        Path target = settings.runDir().resolve("config-kg.ttl");
        try (OutputStream out = Files.newOutputStream(target)) {
            RDFDataMgr.write(out, model, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
        return target;
    }

    /**
     * The shipped configuration with its folders set for the store: {@code tdb2:location}
     * is the store and {@code text:directory} the folder beside it, named after it
     * ({@code store/tdb2} keeps its text index in {@code store/tdb2-text}).
     */
    static Model config(Path store) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = open(CONFIG)) {
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///config-kg.ttl").parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path absolute = store.toAbsolutePath().normalize();
        setAll(model, TDB2_LOCATION, absolute.toString());
        setAll(model, TEXT_DIRECTORY, absolute.resolveSibling(absolute.getFileName() + TEXT_FOLDER_SUFFIX).toString());
        return model;
    }

    private static void setAll(Model model, String property, String value) {
        Property p = model.createProperty(property);
        for (Statement s : model.listStatements(null, p, (String) null).toList()) {
            s.changeObject(value);
        }
    }

    /** Writes shiro.ini with the admin password, readable by the owner only, and returns its path. */
    public static Path writeShiro(ServerSettings settings) {
        String template;
        try (InputStream in = open(SHIRO)) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Shiro only creates its user realm when [users] has an entry; without a password
        // there is none, and the realm's settings must go too.
        String ini = settings.password() == null
            ? template.replaceAll("(?m)^(sha256Matcher|iniRealm\\.).*\n", "")
            : USERS.matcher(template).replaceFirst("$0\nadmin = " + sha256Hex(settings.password()));
        Path target = settings.runDir().resolve("shiro.ini");
        try {
            Files.deleteIfExists(target);
            Files.createFile(target);
            try {
                Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the file keeps the default permissions.
            }
            Files.writeString(target, ini);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
        return target;
    }

    /**
     * How shiro.ini holds a password: the SHA-256 of its UTF-8 bytes in hex, as Shiro hashes
     * the password a request sends. Hex digits pass through the ini syntax unchanged.
     */
    private static String sha256Hex(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Copies the CORS settings into the run folder and returns their path. */
    public static Path writeCors(ServerSettings settings) {
        Path target = settings.runDir().resolve("cors.properties");
        try (InputStream in = open(CORS)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
        return target;
    }

    private static InputStream open(String resource) {
        InputStream in = ServerFiles.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + resource);
        }
        return in;
    }
}
