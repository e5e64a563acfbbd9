package org.warkg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.junit.jupiter.api.Test;

class ServerFilesTest {

    private static String value(Model config, String property) {
        Property p = config.createProperty(property);
        return config.listObjectsOfProperty(p).next().asLiteral().getLexicalForm();
    }

    @Test
    void keepsTheTextIndexBesideTheStore() {
        Path store = Path.of("/data/kg/store/tdb2");
        Model config = ServerFiles.config(store);
        assertThat(value(config, "http://jena.apache.org/2016/tdb#location")).isEqualTo("/data/kg/store/tdb2");
        assertThat(value(config, "http://jena.apache.org/text#directory")).isEqualTo("/data/kg/store/tdb2-text");
    }
}
