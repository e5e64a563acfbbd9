/**
 * The embedded Fuseki server of the knowledge graph and its linked-data pages.
 *
 * <p>Server: {@link org.warkg.serve.KgServer} starts Fuseki's full server over the
 * files {@link org.warkg.serve.ServerFiles} writes into the run folder
 * ({@code config-kg.ttl}, {@code shiro.ini}, {@code cors.properties}), with the
 * settings of {@link org.warkg.serve.ServerSettings}; {@code UiFiles} unpacks the web
 * UI and {@code QueryPageExamples} gives its query page the project's prefixes and
 * example queries; {@code SameOriginWrites} refuses writes sent by other sites' pages;
 * {@code WholeAnswerQuery} answers a query that runs out of time with 503, never with part of its rows.
 * {@link org.warkg.serve.KgDatasets} opens the store as that configuration does
 * (TDB2 inside its text index), for programs that write to the store directly.
 *
 * <p>Linked data under {@code /id/}: {@code LinkedDataServlet} answers each request
 * by content negotiation; {@code IdPaths} maps paths to data IRIs and back;
 * {@code GraphReader} reads the served dataset and runs the page queries in
 * {@code pages/*.rq}; {@code IndexPage} is {@code /id/} itself (search, counts by
 * type); {@code EntityPage}, {@code EventPage}, {@code ArticlePage}, {@code StoryPage}
 * (both with {@code StoryEvents}) and {@code ResourcePage} lay out the kinds of page
 * with {@code HtmlPage}, {@code Markup} (escaped fragments), {@code Labels} and
 * {@code OntologyTerms}; {@code ResourceDescription} is the RDF an RDF client gets.
 *
 * <p>The ontology at its namespace: {@code OntologyServlet} serves {@code /ns} (and the
 * mapping namespaces {@code /acled}, {@code /cameo}) as {@code OntologyPage} or as
 * {@code kg.ttl}; {@code VocabularyPaths} maps the terms' IRIs to those paths.
 */
package org.warkg.serve;
