package org.warkg.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads one input file from disk into a {@link SourceDocument}: checks that it is
 * readable UTF-8 text of a sane size, then hands it to the HTML or the text-dump
 * reader. Every refusal is an {@link IngestException} whose message is the reason.
 */
public final class DocumentLoader {

    /** Larger files are refused rather than read into memory. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final int SNIFF = 4096;

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
        return load(file.getFileName().toString(), file.toString(), readBytes(file));
    }

    /**
     * Loads a file's bytes read elsewhere (such as from a Hadoop file system), with the
     * same checks as a file on disk: not binary, valid UTF-8, not blank.
     */
    public SourceDocument load(String id, String source, byte[] bytes) throws IngestException {
        if (bytes.length == 0) {
            throw new IngestException("empty file");
        }
        return read(id, source, decode(bytes));
    }

    /** Reads content already in memory, choosing the reader by a look at the content. */
    public SourceDocument read(String id, String source, String content) throws IngestException {
        if (content.isBlank()) {
            throw new IngestException("empty file");
        }
        return looksLikeHtml(content) ? html.read(id, source, content) : text.read(id, source, content);
    }

    private static byte[] readBytes(Path file) throws IngestException {
        try {
            if (Files.isDirectory(file)) {
                throw new IngestException("is a directory");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new IngestException("empty file");
            }
            if (size > MAX_BYTES) {
                throw new IngestException("file too large (" + size + " bytes, limit " + MAX_BYTES + ")");
            }
            return Files.readAllBytes(file);
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

    private static String decode(byte[] bytes) throws IngestException {
        if (looksBinary(bytes)) {
            throw new IngestException("binary file, not text");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        } catch (CharacterCodingException e) {
            throw new IngestException("not valid UTF-8 text", e);
        }
    }

    /** NUL bytes or many control characters in the first few KB mean binary data. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 10 > n;
    }

    private static boolean looksLikeHtml(String content) {
        String head = content.substring(0, Math.min(content.length(), SNIFF)).strip().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
            || (head.startsWith("<") && head.contains("<p"));
    }
}
