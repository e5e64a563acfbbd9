package org.warkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.warkg.serve.KgDatasets;
import org.warkg.serve.TextIndexBuild;
import org.warkg.store.Tdb2GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kg load-nquads DIR... [--store DIR] [--loader parallel|phased|xloader]}: builds a new
 * store from N-Quads (such as those of {@code kg spark-extract}) with Jena's TDB2 bulk
 * loader, then its text index and its tallies, so that {@code kg serve} serves it as it is.
 */
@Command(name = "load-nquads", mixinStandardHelpOptions = true,
    description = "Build a new TDB2 store from N-Quads files with Jena's bulk loader, then its text index and "
        + "tallies.")
final class LoadNQuadsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH",
        description = "N-Quads files (.nq, .nq.gz) or folders holding them, such as OUT/quads of kg spark-extract.")
    List<Path> paths;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: store/tdb2); "
        + "new or empty.")
    Path store;

    @Option(names = "--loader", paramLabel = "NAME", description = "parallel (default: all cores, most memory), "
        + "phased (one index at a time, less memory), or xloader (Jena's tdb2.xloader: sorts on disk, for "
        + "inputs larger than memory; the store folder must not exist).")
    Loader loader = Loader.parallel;

    @Option(names = "--tmpdir", paramLabel = "DIR", description = "Work files of the xloader, about twice the "
        + "input's size (default: beside the store, STORE-xloader; removed when done).")
    Path tmpdir;

    @Option(names = "--text-index-only", description = "Only build the text index of a store loaded already "
        + "(by tdb2.xloader, for instance).")
    boolean textIndexOnly;

    enum Loader { parallel, phased, xloader }

    @Override
    public Integer call() throws IOException {
        Path folder = store != null ? store : ProjectPaths.store();
        CompactCommand.refuseWhileServed(folder);
        if (!textIndexOnly) {
            List<Path> files = files();
            if (loader == Loader.xloader) {
                xload(folder, files);
            } else {
                load(folder, files);
            }
        }
        long start = System.nanoTime();
        try (Tdb2GraphStore graphs = Tdb2GraphStore.wrap(KgDatasets.open(folder))) {
            long entries = TextIndexBuild.run(graphs.dataset());
            System.err.printf(Locale.ROOT, "text index: %,d entries in %.1f s%n", entries,
                (System.nanoTime() - start) / 1e9);
            boolean tallied = StoreTarget.summarize(graphs);
            System.err.println("the store holds " + graphs.counts());
            return tallied ? 0 : 1;
        }
    }

    private void load(Path folder, List<Path> files) {
        if (StoreFolder.holdsStore(folder)) {
            DatasetGraph existing = DatabaseMgr.connectDatasetGraph(folder.toString());
            boolean empty = Txn.calculateRead(existing, existing::isEmpty);
            TDBInternal.expel(existing);
            if (!empty) {
                throw new CommandException(StoreFolder.shown(folder) + " holds data already; a bulk load builds a"
                    + " new store.", "Give a new folder with --store, or add articles with kg ingest.", 2);
            }
        }
        long start = System.nanoTime();
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(folder.toString());
        DataLoader bulk = loader == Loader.phased
            ? LoaderFactory.phasedLoader(dataset, MonitorOutputs.outputTo(System.err))
            : LoaderFactory.parallelLoader(dataset, MonitorOutputs.outputTo(System.err));
        bulk.startBulk();
        try {
            bulk.load(files.stream().map(Path::toString).toList());
            bulk.finishBulk();
        } catch (RuntimeException e) {
            bulk.finishException(e);
            throw e;
        } finally {
            // The text index opens the store again, as the server will.
            TDBInternal.expel(dataset);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long quads = bulk.countQuads() + bulk.countTriples();
        System.err.printf(Locale.ROOT, "%s loader: %,d quads from %d files in %.1f s (%,.0f quads/s)%n", loader,
            quads, files.size(), seconds, quads / seconds);
    }

    private void xload(Path folder, List<Path> files) throws IOException {
        if (Files.exists(folder)) {
            throw new CommandException(StoreFolder.shown(folder) + " exists; the xloader builds a store in a new"
                + " folder.", "Give a folder that does not exist yet with --store.", 2);
        }
        Path work = tmpdir != null ? tmpdir : folder.resolveSibling(folder.getFileName() + "-xloader");
        long start = System.nanoTime();
        long quads = new XLoaderRun(folder, work, Runtime.getRuntime().availableProcessors()).load(files);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "xloader: %,d quads from %d files in %.1f s (%,.0f quads/s)%n", quads,
            files.size(), seconds, quads / seconds);
    }

    /** The N-Quads files under the paths, in name order; part files of Spark included, its checksums not. */
    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new CommandException("No such file or folder: " + path, "Give N-Quads files or folders.", 2);
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(LoadNQuadsCommand::isNQuads).sorted().forEach(files::add);
            }
        }
        if (files.isEmpty()) {
            throw new CommandException("No N-Quads files (.nq, .nq.gz) under " + paths,
                "Give the quads folder of kg spark-extract, or N-Quads files.", 2);
        }
        return files;
    }

    private static boolean isNQuads(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && (name.endsWith(".nq") || name.endsWith(".nq.gz"));
    }
}
