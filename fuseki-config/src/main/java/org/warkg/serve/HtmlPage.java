package org.warkg.serve;

import java.util.List;
import java.util.Map;

/**
 * One HTML page of the linked-data view: a title, the resource's IRI, then
 * sections of facts, tables and quotations, in the order they are added. Plain
 * HTML with a few lines of CSS and no script, so it reads the same in any browser
 * and in a text dump. Everything goes in as {@link Markup}, so the data is escaped.
 */
final class HtmlPage {

    private static final String STYLE = String.join("\n",
        "body{font-family:sans-serif;max-width:72em;margin:1em auto;padding:0 1em;line-height:1.4}",
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3em;vertical-align:top}",
        "th{background:#f3f3f3;text-align:left}dt{font-weight:bold}dd{margin:0 0 .4em 1.5em}",
        "nav{font-size:.9em;margin-bottom:1em}.iri{color:#555;font-size:.9em}",
        "blockquote{border-left:3px solid #ccc;margin:.6em 0;padding-left:.8em}");

    /** Every page leads back to where browsing starts: the index, the ontology and the web UI's query page. */
    private static final String NAVIGATION = "<nav>" + Markup.join(" \u00b7 ", List.of(
        Markup.link(IdPaths.PATH, "Index"), Markup.link("/ns", "Ontology"),
        Markup.link("/#/dataset/" + ServerSettings.DATASET + "/query", "SPARQL query"))).html() + "</nav>\n";

    private final StringBuilder body = new StringBuilder();
    private final String title;

    /** A page about the resource, whose canonical IRI shows under the title. */
    HtmlPage(String title, String subtitle, String iri) {
        this.title = title;
        body.append("<h1>").append(Markup.escape(title)).append("</h1>\n");
        if (!subtitle.isEmpty()) {
            body.append("<p>").append(Markup.escape(subtitle)).append("</p>\n");
        }
        if (!iri.isEmpty()) {
            body.append("<p class=\"iri\">").append(Markup.link(iri, iri).html()).append("</p>\n");
        }
    }

    /** A section heading. */
    HtmlPage heading(String text) {
        body.append("<h2>").append(Markup.escape(text)).append("</h2>\n");
        return this;
    }

    /** A heading under a section, with an anchor id (such as a term's name) unless the id is null. */
    HtmlPage subheading(String text, String id) {
        body.append(id == null ? "<h3>" : "<h3 id=\"" + Markup.escape(id) + "\">").append(Markup.escape(text))
            .append("</h3>\n");
        return this;
    }

    /**
     * A search box that sends its words to the action as {@code q}, filled with the
     * words last searched for, if any.
     */
    HtmlPage searchForm(String action, String label, String words) {
        body.append("<form method=\"get\" action=\"").append(Markup.escape(action)).append("\">")
            .append("<label>").append(Markup.escape(label))
            .append(" <input type=\"search\" name=\"q\" value=\"").append(Markup.escape(words == null ? "" : words))
            .append("\"></label> <button type=\"submit\">Search</button></form>\n");
        return this;
    }

    /** A paragraph. */
    HtmlPage paragraph(Markup content) {
        body.append("<p>").append(content.html()).append("</p>\n");
        return this;
    }

    /** Named facts as a definition list; empty values are left out. */
    HtmlPage facts(Map<String, Markup> facts) {
        body.append("<dl>\n");
        facts.forEach((name, value) -> {
            if (!value.isEmpty()) {
                body.append("<dt>").append(Markup.escape(name)).append("</dt><dd>").append(value.html())
                    .append("</dd>\n");
            }
        });
        body.append("</dl>\n");
        return this;
    }

    /** A table with a header row; each row has one cell per header. */
    HtmlPage table(List<String> headers, List<List<Markup>> rows) {
        body.append("<table>\n<tr>");
        headers.forEach(h -> body.append("<th>").append(Markup.escape(h)).append("</th>"));
        body.append("</tr>\n");
        for (List<Markup> row : rows) {
            body.append("<tr>");
            row.forEach(cell -> body.append("<td>").append(cell.html()).append("</td>"));
            body.append("</tr>\n");
        }
        body.append("</table>\n");
        return this;
    }

    /** A quotation with its source underneath. */
    HtmlPage quote(String text, Markup source) {
        body.append("<blockquote><p>").append(Markup.escape(text)).append("</p><footer>")
            .append(source.html()).append("</footer></blockquote>\n");
        return this;
    }

    /** The whole document, opening with links to the index, the ontology and the query page. */
    String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
            + Markup.escape(title) + "</title>\n<style>\n" + STYLE + "\n</style>\n</head>\n<body>\n" + NAVIGATION
            + body + "</body>\n</html>\n";
    }
}
