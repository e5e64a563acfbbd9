package org.warkg.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code articleBody} a page states in its JSON-LD (schema.org NewsArticle). Pages
 * that render their text with scripts, or show only a teaser, often carry the whole
 * story there.
 */
final class JsonLdArticle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLdArticle() {
    }

    /** The longest article body in the page's JSON-LD blocks, or "" when none states one. */
    static String body(Document page) {
        String longest = "";
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                String found = longestBody(JSON.readTree(script.data()));
                if (found.length() > longest.length()) {
                    longest = found;
                }
            } catch (JsonProcessingException e) {
                // A malformed block is skipped: the page's own paragraphs still count.
            }
        }
        return longest;
    }

    private static String longestBody(JsonNode node) {
        String longest = "";
        if (node == null) {
            return longest;
        }
        JsonNode body = node.get("articleBody");
        if (body != null && body.isTextual()) {
            longest = body.asText();
        }
        for (JsonNode child : node) {
            String found = longestBody(child);
            if (found.length() > longest.length()) {
                longest = found;
            }
        }
        return longest;
    }
}
