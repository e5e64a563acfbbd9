package org.warkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.warkg.entity.Entities;
import org.warkg.entity.EntityResolver;
import org.warkg.entity.RoleFinder;
import org.warkg.event.ArgumentReader;
import org.warkg.event.ClaimReader;
import org.warkg.event.EventExtractor;
import org.warkg.event.Events;
import org.warkg.event.detect.EventDetector;
import org.warkg.event.role.AgentModel;
import org.warkg.gazetteer.Gazetteer;
import org.warkg.ingest.DocumentLoader;
import org.warkg.ingest.IngestException;
import org.warkg.ingest.SourceDocument;
import org.warkg.mention.CombinedMentionFinder;
import org.warkg.mention.GazetteerMentionFinder;
import org.warkg.mention.Mention;
import org.warkg.mention.MentionFinder;
import org.warkg.mention.ModelMentionFinder;
import org.warkg.mention.PatternMentionFinder;
import org.warkg.nlp.AnnotatedText;
import org.warkg.nlp.LanguageGuard;
import org.warkg.nlp.NlpModels;
import org.warkg.nlp.TextAnalyzer;
import org.warkg.record.DocumentRecord;
import org.warkg.record.RecordBuilder;
import org.warkg.time.DateResolver;
import org.warkg.quantity.CasualtyCounter;
import org.warkg.quantity.MunitionCounter;

/**
 * The whole extraction, from a file to its record: ingest, language check, NLP,
 * mentions, entities, events, record. Models and the gazetteer are loaded once, in
 * {@link #standard()}; after that the extractor is stateless and safe to share
 * between threads.
 */
public final class Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

    private final DocumentLoader loader;
    private final LanguageGuard language;
    private final TextAnalyzer analyzer;
    private final MentionFinder mentions;
    private final EntityResolver entities;
    private final EventExtractor events;
    private final RecordBuilder records;
    private final Clock clock;

    public Extractor(DocumentLoader loader, LanguageGuard language, TextAnalyzer analyzer, MentionFinder mentions,
                     EntityResolver entities, EventExtractor events, RecordBuilder records, Clock clock) {
        this.loader = loader;
        this.language = language;
        this.analyzer = analyzer;
        this.mentions = mentions;
        this.entities = entities;
        this.events = events;
        this.records = records;
        this.clock = clock;
    }

    /** The extractor with the shipped models, gazetteer, patterns and lexicons. */
    public static Extractor standard() {
        return standard(Gazetteer.standard());
    }

    /** The extractor with the shipped models, patterns and lexicons over a gazetteer the caller also uses. */
    public static Extractor standard(Gazetteer gazetteer) {
        long start = System.nanoTime();
        NlpModels models = NlpModels.load();
        TextAnalyzer analyzer = new TextAnalyzer(models);
        List<MentionFinder> finders = new ArrayList<>(List.of(
            new GazetteerMentionFinder(gazetteer, analyzer::tokenize), PatternMentionFinder.standard()));
        ModelMentionFinder.standard().ifPresent(finders::add);
        MentionFinder finder = new CombinedMentionFinder(finders);
        Extractor extractor = new Extractor(DocumentLoader.standard(), new LanguageGuard(models),
            analyzer, finder, new EntityResolver(gazetteer, new RoleFinder()),
            new EventExtractor(EventDetector.standard(), new DateResolver(), new CasualtyCounter(),
                new MunitionCounter(), new ClaimReader(), new ArgumentReader(gazetteer),
                AgentModel.standard().orElse(null)),
            new RecordBuilder(gazetteer, version()), Clock.systemUTC());
        LOG.info("Extractor ready: {} gazetteer entries, {} ms", gazetteer.size(),
            (System.nanoTime() - start) / 1_000_000);
        return extractor;
    }

    /** Extracts one file. Never throws for a bad file: the outcome says what went wrong. */
    public Outcome extract(Path file) {
        return extract(file.toString(), () -> loader.load(file));
    }

    /**
     * Extracts a page fetched from a URL. The article is keyed by the canonical URL the page
     * declares, else by the URL it came from. Never throws for a bad page.
     */
    public Outcome extract(String url, byte[] content) {
        return extract(url, () -> {
            SourceDocument document = loader.read(url, url, content);
            return document.url() != null ? document : new SourceDocument(document.id(), document.source(), url,
                document.outlet(), document.title(), document.published(), document.text(), document.stories());
        });
    }

    /**
     * Extracts one file's content read elsewhere (a Hadoop file system); {@code id} is
     * the file's name and {@code source} where it was read from. Never throws for bad content.
     */
    public Outcome extract(String id, String source, byte[] content) {
        return extract(source, () -> loader.read(id, source, content));
    }

    private Outcome extract(String source, Reading reading) {
        try {
            return extract(reading.read());
        } catch (IngestException e) {
            return Outcome.failed(source, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.debug("Extraction failed for {}", source, e);
            return Outcome.failed(source, "extraction failed: " + e);
        }
    }

    /** Extracts a document already ingested. */
    public Outcome extract(SourceDocument document) {
        String lang = language.language(document);
        if (!LanguageGuard.ENGLISH.equals(lang)) {
            return Outcome.skipped(document.source(), "not English (detected '" + lang + "')");
        }
        AnnotatedText text = analyze(document);
        Entities resolved = entities(text);
        Events extracted = events.extract(resolved);
        DocumentRecord record = records.build(document, resolved, extracted, clock.instant());
        return Outcome.extracted(document.source(), record);
    }

    /** Reads one file into a document (the ingest stage alone). */
    public SourceDocument load(Path file) throws IngestException {
        return loader.load(file);
    }

    /** Sentences, tokens, tags and lemmas (the NLP stage alone). */
    public AnnotatedText analyze(SourceDocument document) {
        return analyzer.analyze(document);
    }

    /** Mentions resolved into entities (the entity stages alone). */
    public Entities entities(AnnotatedText text) {
        List<Mention> found = mentions.find(text);
        return entities.resolve(text, found);
    }

    /** The extractor's version, from the build. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = Extractor.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }

    /** Reads the input into a document. */
    private interface Reading {
        SourceDocument read() throws IngestException;
    }
}
