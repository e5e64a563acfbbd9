package org.warkg.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated list of known entities, read from the TSV files under
 * {@code gazetteer/} on the classpath (format: that folder's README).
 * Looks entries up by id or by any of their names.
 */
public final class Gazetteer {

    /** The files shipped with the extractor, in load order. */
    public static final List<String> STANDARD_FILES = List.of(
        "regions.tsv", "places-geonames.tsv", "people.tsv", "organizations.tsv", "units.tsv", "weapons.tsv");
    private static final String FOLDER = "gazetteer/";
    private static final int COLUMNS = 8;

    private final Map<String, GazetteerEntry> byId;
    private final Map<String, List<GazetteerEntry>> byName;

    private Gazetteer(Map<String, GazetteerEntry> byId) {
        this.byId = byId;
        Map<String, List<GazetteerEntry>> names = new HashMap<>();
        for (GazetteerEntry entry : byId.values()) {
            names.computeIfAbsent(NameKey.of(entry.name()), k -> new ArrayList<>(1)).add(entry);
            for (String alias : entry.aliases()) {
                List<GazetteerEntry> list = names.computeIfAbsent(NameKey.of(alias), k -> new ArrayList<>(1));
                if (!list.contains(entry)) {
                    list.add(entry);
                }
            }
        }
        this.byName = names;
    }

    /** The gazetteer shipped with the extractor; files not present are skipped. */
    public static Gazetteer standard() {
        Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
        for (String file : STANDARD_FILES) {
            try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
                if (in != null) {
                    read(file, in, entries);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Bad gazetteer file " + file, e);
            }
        }
        return new Gazetteer(entries);
    }

    /** Reads gazetteer files given as streams (source names for messages). */
    public static Gazetteer of(Map<String, InputStream> files) throws IOException {
        Map<String, GazetteerEntry> entries = new LinkedHashMap<>();
        for (Map.Entry<String, InputStream> file : files.entrySet()) {
            read(file.getKey(), file.getValue(), entries);
        }
        return new Gazetteer(entries);
    }

    private static void read(String source, InputStream in, Map<String, GazetteerEntry> entries)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != COLUMNS) {
                throw new GazetteerFormatException(source, number, "expected " + COLUMNS + " columns, found "
                    + cols.length);
            }
            EntityType type;
            try {
                type = EntityType.valueOf(cols[1]);
            } catch (IllegalArgumentException e) {
                throw new GazetteerFormatException(source, number, "unknown type '" + cols[1] + "'");
            }
            List<String> aliases = cols[3].isEmpty() ? List.of()
                : Arrays.stream(cols[3].split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
            GazetteerEntry entry = new GazetteerEntry(cols[0], type, cols[2], aliases, blankToNull(cols[4]),
                blankToNull(cols[5]), coordinate(cols[6], source, number), coordinate(cols[7], source, number));
            if (entries.putIfAbsent(entry.id(), entry) != null) {
                throw new GazetteerFormatException(source, number, "duplicate id " + entry.id());
            }
        }
    }

    private static Double coordinate(String value, String source, int line) throws GazetteerFormatException {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new GazetteerFormatException(source, line, "bad coordinate '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    /** The entry with this id, or null. */
    public GazetteerEntry byId(String id) {
        return id == null ? null : byId.get(id);
    }

    /** The entries one of whose names matches (case, accents and possessives folded). */
    public List<GazetteerEntry> byName(String name) {
        return byName.getOrDefault(NameKey.of(name), Collections.emptyList());
    }

    /** Every entry. */
    public Collection<GazetteerEntry> entries() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /** Number of entries. */
    public int size() {
        return byId.size();
    }
}
