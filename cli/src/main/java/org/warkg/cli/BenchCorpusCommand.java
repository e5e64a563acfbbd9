package org.warkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.warkg.gazetteer.EntityType;
import org.warkg.gazetteer.Gazetteer;
import org.warkg.gazetteer.GazetteerEntry;
import org.warkg.ingest.InputFiles;
import org.warkg.pipeline.Extractor;
import org.warkg.pipeline.Outcome;
import org.warkg.record.DocumentRecord;
import org.warkg.record.EntityRecord;
import org.warkg.record.SpanRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kg bench corpus}: a large synthetic corpus made from real articles by
 * varying them. Every person and place the extractor found is replaced, all
 * through the article, by another gazetteer entry of the same type (places by
 * places of the same level: village for village, region for region), and years
 * are shifted; the rest of the text stays as written, so the cost of extraction
 * per KB stays that of real news. Deterministic for a given seed.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = "Make a synthetic corpus of N articles by varying names, places and dates of real ones.")
final class BenchCorpusCommand implements Callable<Integer> {

    private static final Pattern YEAR = Pattern.compile("\\b(20[12]\\d)\\b");

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "Real articles to vary.")
    Path from;

    @Option(names = "--count", required = true, paramLabel = "N", description = "Articles to write.")
    int count;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the articles.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 1).")
    long seed = 1;

    @Override
    public Integer call() throws IOException {
        // Throws IngestException only for files that extract() already refused.
        Files.createDirectories(out);
        Extractor extractor = Extractor.standard();
        Gazetteer gazetteer = Gazetteer.standard();
        List<Source> sources = new ArrayList<>();
        for (Path file : InputFiles.collect(List.of(from), (p, r) -> System.err.println("error: " + p + ": " + r))) {
            Outcome outcome = extractor.extract(file);
            String content = Files.readString(file);
            // Mention offsets point into the document text: only text dumps keep it as the file holds it.
            if (outcome.record() != null && extractor.load(file).text().equals(content)) {
                sources.add(new Source(file, content, outcome.record()));
            }
        }
        if (sources.isEmpty()) {
            System.err.println("error: no readable articles in " + from);
            return 1;
        }
        Map<String, List<GazetteerEntry>> pools = pools(gazetteer);
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            Source source = sources.get(i % sources.size());
            String text = vary(source, pools, gazetteer, random);
            String name = String.format("%05d-%s", i, source.file().getFileName());
            Files.writeString(out.resolve(name), text);
        }
        System.err.printf("%d articles written to %s from %d sources%n", count, out, sources.size());
        return 0;
    }

    private record Source(Path file, String text, DocumentRecord record) {
    }

    /** One article's text with its people and places replaced and its years shifted. */
    private static String vary(Source source, Map<String, List<GazetteerEntry>> pools, Gazetteer gazetteer,
                               Random random) {
        List<Replacement> replacements = new ArrayList<>();
        for (EntityRecord entity : source.record().entities()) {
            List<GazetteerEntry> pool = pools.get(poolKey(entity, gazetteer));
            if (pool == null || pool.isEmpty()) {
                continue;
            }
            String name = pool.get(random.nextInt(pool.size())).name();
            for (SpanRecord mention : entity.mentions()) {
                replacements.add(new Replacement(mention.start(), mention.end(), name));
            }
        }
        replacements.sort(Comparator.comparingInt(Replacement::start).reversed());
        StringBuilder text = new StringBuilder(source.text());
        int limit = text.length();
        for (Replacement r : replacements) {
            if (r.end() <= limit) {
                text.replace(r.start(), r.end(), r.text());
                limit = r.start();
            }
        }
        int shift = random.nextInt(3) - 1;
        Matcher years = YEAR.matcher(text);
        StringBuilder shifted = new StringBuilder();
        while (years.find()) {
            years.appendReplacement(shifted, Integer.toString(Integer.parseInt(years.group(1)) + shift));
        }
        years.appendTail(shifted);
        return shifted.toString();
    }

    private record Replacement(int start, int end, String text) {
    }

    /** People by type; places by their level in the gazetteer (country, region, settlement). */
    private static String poolKey(EntityRecord entity, Gazetteer gazetteer) {
        if (entity.type().equals(EntityType.Person.name())) {
            return "person";
        }
        if (entity.type().equals(EntityType.Location.name()) && entity.gazetteerId() != null) {
            return "place" + depth(gazetteer.byId(entity.gazetteerId()), gazetteer);
        }
        return null;
    }

    private static Map<String, List<GazetteerEntry>> pools(Gazetteer gazetteer) {
        Map<String, List<GazetteerEntry>> pools = new HashMap<>();
        for (GazetteerEntry entry : gazetteer.entries()) {
            String key = entry.type() == EntityType.Person ? "person"
                : entry.type() == EntityType.Location ? "place" + depth(entry, gazetteer) : null;
            if (key != null) {
                pools.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            }
        }
        return pools;
    }

    private static int depth(GazetteerEntry entry, Gazetteer gazetteer) {
        int depth = 0;
        for (GazetteerEntry e = entry; e != null && e.parent() != null && depth < 5; e = gazetteer.byId(e.parent())) {
            depth++;
        }
        return depth;
    }
}
