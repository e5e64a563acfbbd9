package org.warkg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warkg.TestRecords;
import org.warkg.rdf.Iris;
import org.warkg.store.Tdb2GraphStore;

class ArticleLoaderTest {

    @Test
    void loadingTheSameArticleTwiceReplacesItsGraph() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            ArticleLoader loader = new ArticleLoader(ArticleGraphs.standard(), store);
            loader.load(List.of(TestRecords.kharkiv("a.txt", 3), TestRecords.kharkiv("b.txt", 3)));
            long once = store.quadCount();
            loader.load(List.of(TestRecords.kharkiv("a.txt", 3)));

            assertThat(once).isGreaterThan(0);
            assertThat(store.quadCount()).isEqualTo(once);
        }
    }

    @Test
    void anInvalidRecordIsRejectedAndTheRestOfTheBatchIsStored() {
        try (Tdb2GraphStore store = Tdb2GraphStore.inMemory()) {
            ArticleLoader loader = new ArticleLoader(ArticleGraphs.standard(), store);
            LoadResult result = loader.load(List.of(TestRecords.kharkiv("bad.txt", -1),
                TestRecords.kharkiv("good.txt", 3)));

            assertThat(result.loaded()).isEqualTo(1);
            assertThat(result.rejected()).singleElement().satisfies(r -> {
                assertThat(r.doc()).isEqualTo("bad.txt");
                assertThat(r.reason()).contains("killed");
            });
            assertThat(store.contains(Iris.graph(TestRecords.kharkiv("good.txt", 3)))).isTrue();
            assertThat(store.contains(Iris.graph(TestRecords.kharkiv("bad.txt", -1)))).isFalse();
        }
    }
}
