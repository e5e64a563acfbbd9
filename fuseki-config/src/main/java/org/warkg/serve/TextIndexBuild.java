package org.warkg.serve;

import java.util.Iterator;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Fills the text index of a store loaded without it (by a bulk loader): every quad
 * whose predicate the index maps becomes the entry the text wrapper would have made
 * had the quad been written through it, with its graph and uid.
 */
public final class TextIndexBuild {

    private TextIndexBuild() {}

    /**
     * Indexes the store's quads into its text index.
     *
     * @param dataset the store as {@link KgDatasets#open} assembles it, with its index
     * @return the entries added
     */
    public static long run(DatasetGraph dataset) {
        if (!(dataset instanceof DatasetGraphText text)) {
            throw new IllegalArgumentException("The dataset has no text index");
        }
        TextIndex index = text.getTextIndex();
        EntityDefinition fields = index.getDocDef();
        // A write transaction on the wrapper commits the index with it.
        return Txn.calculateWrite(text, () -> {
            long added = 0;
            for (String field : fields.fields()) {
                for (Node predicate : fields.getPredicates(field)) {
                    Iterator<Quad> quads = text.find(Node.ANY, Node.ANY, predicate, Node.ANY);
                    while (quads.hasNext()) {
                        Entity entry = TextQueryFuncs.entityFromQuad(fields, quads.next());
                        if (entry != null) {
                            index.addEntity(entry);
                            added++;
                        }
                    }
                }
            }
            return added;
        });
    }
}
