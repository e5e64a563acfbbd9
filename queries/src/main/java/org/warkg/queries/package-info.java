/**
 * The analysts' query library: named SPARQL queries shipped as {@code *.rq} files,
 * each with a header that declares its title, description and typed parameters.
 *
 * <ul>
 * <li>{@link org.warkg.queries.QueryLibrary} finds and checks the files; {@link org.warkg.queries.NamedQuery}
 *     is one of them, read by {@code HeaderParser}.</li>
 * <li>{@link org.warkg.queries.QueryParameter} and {@link org.warkg.queries.ParameterType} turn typed text into
 *     RDF terms ({@code IriShorthand} reads IRIs); {@link org.warkg.queries.BoundQuery} is a query with its
 *     terms, substituted by Jena, never spliced into text.</li>
 * <li>{@link org.warkg.queries.QueryEndpoint} runs them: {@link org.warkg.queries.DatasetEndpoint} in this JVM,
 *     {@link org.warkg.queries.HttpEndpoint} on a remote SPARQL service.</li>
 * <li>{@link org.warkg.queries.KgPrefixes} and {@link org.warkg.queries.CompactJsonLd} serve exports: the
 *     prefixes and the JSON-LD context.</li>
 * <li>{@link org.warkg.queries.QueryLibraryException} reports every failure, naming query and parameter.</li>
 * </ul>
 */
package org.warkg.queries;
