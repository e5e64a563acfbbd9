package org.warkg.serve;

import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpDatasetNames;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuad;
import org.apache.jena.sparql.algebra.op.OpQuadBlock;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.warkg.queries.Summaries;

/**
 * Whether a query reads nothing but the tallies, the store's own default graph named
 * {@code GRAPH <urn:x-arq:DefaultGraph>}: its answer then changes only when the tallies
 * are rebuilt, not at each article stored. Any doubt counts as reading the articles: a
 * query that does not parse, names a dataset, calls a service or a property function,
 * walks a path, or tests {@code EXISTS} (whose pattern hides in an expression).
 */
final class TallyReads {

    private static final Node TALLIES = NodeFactory.createURI(Summaries.GRAPH);
    private static final Pattern EXISTS = Pattern.compile("(?i)\\bEXISTS\\b");

    private TallyReads() {}

    static boolean only(String queryText) {
        if (EXISTS.matcher(queryText).find()) {
            return false;
        }
        Query query;
        try {
            query = QueryFactory.create(queryText);
        } catch (QueryParseException e) {
            return false;
        }
        if (query.hasDatasetDescription()) {
            return false;
        }
        Op quads = Algebra.toQuadForm(Algebra.compile(query));
        Checker checker = new Checker();
        OpWalker.walk(quads, checker);
        return checker.onlyTallies;
    }

    /** Clears {@code onlyTallies} at the first pattern that may read another graph. */
    private static final class Checker extends OpVisitorBase {
        boolean onlyTallies = true;

        private void graph(Node graph) {
            onlyTallies &= TALLIES.equals(graph);
        }

        @Override
        public void visit(OpQuadPattern pattern) {
            if (!pattern.getBasicPattern().isEmpty()) {
                graph(pattern.getGraphNode());
            }
        }

        @Override
        public void visit(OpQuadBlock block) {
            block.getPattern().forEach(quad -> graph(quad.getGraph()));
        }

        @Override
        public void visit(OpQuad quad) {
            graph(quad.getQuad().getGraph());
        }

        @Override
        public void visit(OpGraph graph) {
            graph(graph.getNode());
        }

        @Override
        public void visit(OpBGP bgp) {
            onlyTallies &= bgp.getPattern().isEmpty();
        }

        @Override
        public void visit(OpTriple triple) {
            onlyTallies = false;
        }

        @Override
        public void visit(OpPath path) {
            onlyTallies = false;
        }

        @Override
        public void visit(OpService service) {
            onlyTallies = false;
        }

        @Override
        public void visit(OpDatasetNames names) {
            onlyTallies = false;
        }

        @Override
        public void visit(OpPropFunc function) {
            onlyTallies = false;
        }

        @Override
        public void visit(OpProcedure procedure) {
            onlyTallies = false;
        }
    }
}
