package org.warkg.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;

import org.jsoup.Jsoup;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of an input file into text. Saved pages come in many encodings:
 * UTF-16 from Windows editors, windows-1252 or Latin-1 from older sites, windows-1251
 * and KOI8-R from Russian and Ukrainian ones. In order: a byte order mark; for HTML, the
 * charset its {@code <meta>} declares, as Jsoup reads it; strict UTF-8; the guess of a
 * charset detector; windows-1252, which decodes any byte. Only binary data is refused.
 */
final class TextDecoder {

    /** How far into a file its markup declares a charset, and the binary sniff looks. */
    private static final int HEAD = 8192;
    private static final Charset FALLBACK = Charset.forName("windows-1252");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    private TextDecoder() {}

    /** The file's text, without its byte order mark. */
    static String decode(byte[] bytes) throws IngestException {
        if (startsWith(bytes, UTF8_BOM)) {
            return marked(bytes, UTF8_BOM.length, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, UTF16BE_BOM)) {
            return marked(bytes, UTF16BE_BOM.length, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, UTF16LE_BOM)) {
            return marked(bytes, UTF16LE_BOM.length, StandardCharsets.UTF_16LE);
        }
        if (looksBinary(bytes)) {
            throw new IngestException("binary file, not text");
        }
        Charset declared = declared(bytes);
        if (declared != null) {
            return new String(bytes, declared);
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        return utf8 != null ? utf8 : new String(bytes, guess(bytes));
    }

    /** Text after a byte order mark, which must be valid in the charset the mark names. */
    private static String marked(byte[] bytes, int mark, Charset charset) throws IngestException {
        String text = strict(bytes, mark, charset);
        if (text == null) {
            throw new IngestException("not valid " + charset.name() + " text");
        }
        return text;
    }

    /**
     * The charset an HTML page declares in its first bytes, as Jsoup finds it, or null.
     * Jsoup answers UTF-8 when a page declares nothing, so UTF-8 is checked, not trusted.
     * A declared UTF-16 or UTF-32 is no use: the declaration itself was readable as ASCII.
     */
    private static Charset declared(byte[] bytes) {
        int length = Math.min(bytes.length, HEAD);
        if (!DocumentLoader.looksLikeHtml(new String(bytes, 0, length, StandardCharsets.ISO_8859_1))) {
            return null;
        }
        try {
            Charset charset = Jsoup.parse(new ByteArrayInputStream(bytes, 0, length), null, "").charset();
            return charset.name().startsWith("UTF-") ? null : charset;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from memory failed", e);
        }
    }

    /** The detector's guess, or windows-1252 when it has none or names a charset the JVM lacks. */
    private static Charset guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        try {
            return name == null ? FALLBACK : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return FALLBACK;
        }
    }

    /** The bytes from the offset on, decoded, or null when they are not valid in the charset. */
    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** NUL bytes or many control characters in the first few KB mean binary data. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, HEAD);
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
}
