package org.warkg.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a write that a page of another site sends. A browser in which the admin
 * has logged in adds the login to every request to the server, also to a form that
 * another site's page submits to it; the browser names that page's site in the
 * {@code Origin} header (or, failing that, {@code Referer}). A write whose header
 * names another origin than the server's own is refused with 403. A request with
 * neither header comes from a program (curl, {@code kg ingest}), not from a page,
 * and passes. Reading ({@code GET}, {@code HEAD}, {@code OPTIONS}) always passes.
 */
final class SameOriginWrites extends HttpFilter {

    /** The paths only the admin may write to, as shiro.ini protects them. */
    static final String[] PATH_SPECS = {
        "/" + ServerSettings.DATASET + "/update/*", "/" + ServerSettings.DATASET + "/data/*", "/$/*"};

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        String source = origin != null ? origin : request.getHeader("Referer");
        if (source == null || READ_METHODS.contains(request.getMethod()) || sameOrigin(source, request)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "Cross-site write refused: the request comes from a "
            + "page of another site. Write from this server's own pages, or from a program that sends no Origin "
            + "or Referer header.");
    }

    /** Whether the page URL or origin {@code source} has the scheme, host and port the request was sent to. */
    private static boolean sameOrigin(String source, HttpServletRequest request) {
        try {
            URI page = new URI(source);
            URI self = new URI(request.getScheme() + "://" + request.getHeader("Host"));
            return page.getScheme() != null && page.getHost() != null && self.getHost() != null
                && page.getScheme().equalsIgnoreCase(self.getScheme())
                && page.getHost().equalsIgnoreCase(self.getHost())
                && port(page) == port(self);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }
}
