package org.warkg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one input file from disk into a {@link SourceDocument}: checks that it is a
 * regular file of a sane size, decodes it ({@link TextDecoder}), then hands it to the
 * HTML or the text-dump reader. Every refusal is an {@link IngestException} whose
 * message is the reason.
 */
public final class DocumentLoader {

    /** Larger files are refused rather than read into memory. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final int SNIFF = 4096;
    /** A word: two to thirty letters, alone; a run of thousands of letters is no word. */
    private static final Pattern WORD = Pattern.compile("(?<!\\p{L})\\p{L}{2,30}(?!\\p{L})");
    /** A tag or comment at the very start: an HTML fragment rather than a text dump. */
    private static final Pattern OPENING_TAG = Pattern.compile("^<(!--|[a-z][a-z0-9-]*[\\s/>])");

    private final HtmlReader html;
    private final TextDumpReader text;

    public DocumentLoader(HtmlReader html, TextDumpReader text) {
        this.html = html;
        this.text = text;
    }

    /** A loader with the standard boilerplate patterns. */
    public static DocumentLoader standard() {
        DatelineParser datelines = new DatelineParser();
        TextDumpReader text = new TextDumpReader(Boilerplate.standard(), datelines, SourceClues.standard());
        return new DocumentLoader(new HtmlReader(text, datelines), text);
    }

    /** Loads the file; the document id is its file name. */
    public SourceDocument load(Path file) throws IngestException {
        String content = TextDecoder.decode(readBytes(file));
        return read(file.getFileName().toString(), file.toString(), content);
    }

    /**
     * Reads bytes read elsewhere (a web page, a Hadoop file system), with the checks a
     * file on disk gets.
     */
    public SourceDocument read(String id, String source, byte[] bytes) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException("empty file");
        }
        if (bytes.length > MAX_BYTES) {
            throw new IngestException(tooLarge(bytes.length + " bytes"));
        }
        return read(id, source, TextDecoder.decode(bytes));
    }

    /** Reads content already in memory, choosing the reader by a look at the content. */
    public SourceDocument read(String id, String source, String content) throws IngestException {
        if (content.isBlank()) {
            throw new IngestException("empty file");
        }
        SourceDocument document = looksLikeHtml(content) ? html.read(id, source, content)
            : text.read(id, source, content);
        if (!hasAWord(document)) {
            // Else the language detector names a language for a page of tags or symbols.
            throw new IngestException("no article text (no words, only markup or symbols)");
        }
        return document;
    }

    /** Whether the stories hold a word at all: a run of letters of a word's length. */
    private static boolean hasAWord(SourceDocument document) {
        for (Story story : document.stories()) {
            for (Block block : story.blocks()) {
                if (WORD.matcher(document.text()).region(block.start(), block.end()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The file's bytes. Only a regular file is opened, and no more than the limit is read
     * whatever its size claims, so a file that grows or never ends cannot fill the memory.
     */
    private static byte[] readBytes(Path file) throws IngestException {
        FileKind kind = FileKind.of(file);
        if (kind != FileKind.REGULAR) {
            throw new IngestException(kind.reason());
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new IngestException(tooLarge(size + " bytes"));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new IngestException(tooLarge("over " + MAX_BYTES + " bytes"));
            }
            if (bytes.length == 0) {
                throw new IngestException("empty file");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new IngestException("no such file", e);
        } catch (AccessDeniedException e) {
            throw new IngestException("permission denied", e);
        } catch (IngestException e) {
            throw e;
        } catch (IOException e) {
            throw new IngestException("cannot read: " + e.getMessage(), e);
        }
    }

    private static String tooLarge(String size) {
        return "file too large (" + size + ", limit " + MAX_BYTES + " bytes)";
    }

    /** Whether the content is HTML: a page, or a fragment that opens with a tag. */
    static boolean looksLikeHtml(String content) {
        String head = content.substring(0, Math.min(content.length(), SNIFF)).strip().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.contains("<body") || OPENING_TAG.matcher(head).find();
    }
}
