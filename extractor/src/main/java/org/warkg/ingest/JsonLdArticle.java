package org.warkg.ingest;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page states about its article in JSON-LD (schema.org NewsArticle): the
 * {@code articleBody}, which pages that render their text with scripts, or show only a
 * teaser, often carry whole, and the article's address.
 */
final class JsonLdArticle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLdArticle() {
    }

    /** The longest article body in the page's JSON-LD blocks, or "" when none states one. */
    static String body(Document page) {
        String longest = "";
        for (JsonNode block : blocks(page)) {
            String found = longestBody(block);
            if (found.length() > longest.length()) {
                longest = found;
            }
        }
        return longest;
    }

    /**
     * The address the JSON-LD gives an article ({@code NewsArticle}, {@code BlogPosting} and
     * their kin): its {@code url}, else its {@code mainEntityOfPage}, else its {@code @id}; or null.
     */
    static String url(Document page) {
        for (JsonNode block : blocks(page)) {
            String found = articleUrl(block);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static List<JsonNode> blocks(Document page) {
        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                blocks.add(JSON.readTree(script.data()));
            } catch (JsonProcessingException e) {
                // A malformed block is skipped: the page's own markup still counts.
            }
        }
        return blocks;
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

    private static String articleUrl(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (isArticle(node)) {
            JsonNode page = node.path("mainEntityOfPage");
            for (JsonNode address : List.of(node.path("url"), page, page.path("@id"), node.path("@id"))) {
                if (address.isTextual() && !address.asText().isBlank()) {
                    return address.asText().strip();
                }
            }
        }
        for (JsonNode child : node) {
            String found = articleUrl(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.path("@type");
        for (JsonNode name : type.isArray() ? type : List.of(type)) {
            if (name.asText().endsWith("Article") || name.asText().endsWith("Posting")) {
                return true;
            }
        }
        return false;
    }
}
