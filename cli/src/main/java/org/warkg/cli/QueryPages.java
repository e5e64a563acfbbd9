package org.warkg.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.warkg.queries.QueryEndpoint;
import org.warkg.queries.QueryLibrary;

/**
 * Every row of a library query that answers a page at a time ({@code page} = 1, 2, ... until a page is empty),
 * as one row set that asks for the next page only when the former one is read: the whole answer is never held.
 */
final class QueryPages implements Iterator<Binding> {

    private final QueryEndpoint endpoint;
    private final String query;
    private final List<Var> columns;
    private Iterator<Binding> page;
    private int number = 1;
    private boolean lastRead;

    private QueryPages(QueryEndpoint endpoint, String query) {
        this.endpoint = endpoint;
        this.query = query;
        List<Var> vars = new ArrayList<>();
        this.page = fetch(vars);
        this.columns = List.copyOf(vars);
    }

    /** The rows of every page of the named query, which takes an integer parameter {@code page}. */
    static RowSet of(QueryEndpoint endpoint, String query) {
        QueryPages pages = new QueryPages(endpoint, query);
        return RowSetStream.create(pages.columns, pages);
    }

    @Override
    public boolean hasNext() {
        if (!page.hasNext() && !lastRead) {
            number++;
            page = fetch(new ArrayList<>());
        }
        return page.hasNext();
    }

    @Override
    public Binding next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return page.next();
    }

    /** One page, read whole so that the connection is free before the rows are written. */
    private Iterator<Binding> fetch(List<Var> vars) {
        var bound = QueryLibrary.standard().bind(query, Map.of("page", Integer.toString(number)));
        return endpoint.select(bound, rows -> {
            vars.addAll(rows.getResultVars());
            List<Binding> held = new ArrayList<>();
            // Detached: a local store's rows look their values up lazily, which fails once its read has ended.
            rows.forEachRemaining(row -> held.add(row.detach()));
            lastRead = held.isEmpty();
            return held.iterator();
        });
    }
}
