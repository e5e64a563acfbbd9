package org.warkg.serve;

import java.nio.file.Path;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Opens the store the way the server serves it. The dataset is assembled from the
 * same {@code config-kg.ttl}, so a program writing to the store directly (such as
 * {@code kg ingest}) writes through the text index wrapper too, and the index never
 * misses an article the server would find.
 */
public final class KgDatasets {

    private static final String FUSEKI = "http://jena.apache.org/fuseki#";

    private KgDatasets() {}

    /**
     * The dataset of the served service over the store folder (created when absent),
     * with its text index beside it. The caller closes it, which also releases the
     * index: one process, and one open dataset per store in it, at a time.
     */
    public static DatasetGraph open(Path store) {
        Model config = ServerFiles.config(store);
        return DatasetFactory.assemble(servedDataset(config)).asDatasetGraph();
    }

    /** The {@code fuseki:dataset} of the service named {@link ServerSettings#DATASET}. */
    private static Resource servedDataset(Model config) {
        Property name = config.createProperty(FUSEKI, "name");
        Property dataset = config.createProperty(FUSEKI, "dataset");
        for (Resource service : config.listSubjectsWithProperty(name, ServerSettings.DATASET).toList()) {
            Resource served = service.getPropertyResourceValue(dataset);
            if (served != null) {
                return served;
            }
        }
        throw new IllegalStateException(ServerFiles.CONFIG + " has no service named " + ServerSettings.DATASET
            + " with a fuseki:dataset");
    }
}
