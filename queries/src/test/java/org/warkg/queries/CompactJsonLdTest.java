package org.warkg.queries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The JSON-LD export: compact with the shipped context, and the same quads when read back. */
class CompactJsonLdTest {

    @Test
    void readsBackToTheSameQuads() {
        DatasetGraph data = TestStore.load("war.trig");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(data, () -> CompactJsonLd.write(data, out));
        String json = out.toString(StandardCharsets.UTF_8);

        assertThat(json).contains("\"headline\"", "\"killed\"", "\"place/kharkiv\"", "\"hasTimeStamp\"");
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(json, Lang.JSONLD).parse(back);
        DatasetGraph original = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(data, () -> data.find().forEachRemaining(original::add));
        assertThat(IsoMatcher.isomorphic(original, back)).isTrue();
    }

    @Test
    void contextDeclaresTheSamePrefixesAsKgPrefixes() {
        JsonObject context = CompactJsonLd.context().getJsonContent().orElseThrow().asJsonObject()
            .getJsonObject("@context");
        Map<String, String> prefixes = new HashMap<>();
        context.forEach((term, value) -> {
            if (value.getValueType() == JsonValue.ValueType.STRING && KgPrefixes.vocabularies().containsKey(term)) {
                prefixes.put(term, context.getString(term));
            }
        });
        assertThat(prefixes).isEqualTo(KgPrefixes.vocabularies());
        assertThat(context.getString("@base")).isEqualTo(KgPrefixes.DATA);
    }
}
