package org.warkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.warkg.follow.FolderWatcher;
import org.warkg.follow.Report;
import org.warkg.pipeline.Extractor;
import org.warkg.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg watch DIR}: load the .html, .htm and .txt files other tools drop into a folder. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Watch a folder and load each new or changed .html, .htm or .txt file once it stops growing,"
        + " as kg ingest does; one line per file: new, updated, unchanged, skipped or failed.")
final class WatchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "The folder to watch (its files, not its subfolders).")
    Path folder;

    @Mixin
    LiveTarget live;

    @Option(names = "--once", description = "Read the folder once, then exit: 1 if any file failed.")
    boolean once;

    @Option(names = "--rescan", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "30s",
        description = "Rescan the whole folder this often, for changes the watch service missed"
            + " (default: ${DEFAULT-VALUE}).")
    Duration rescan;

    @Option(names = "--settle", paramLabel = "TIME", converter = DurationConverter.class, defaultValue = "1s",
        description = "How long a file must stop changing before it is read (default: ${DEFAULT-VALUE}).")
    Duration settle;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new CommandException("No folder " + StoreFolder.shown(folder) + " to watch.",
                "Create it, or give the folder other tools write into.", 2);
        }
        Report report = new Report(System.out);
        try (GraphStore graphs = live.open()) {
            FolderWatcher watcher = new FolderWatcher(folder, Extractor.standard(),
                live.intake(graphs, "watch-state.json", report), settle);
            try {
                if (once) {
                    watcher.scan();
                } else {
                    watcher.run(rescan);
                }
            } catch (InterruptedException e) {
                // Stopped: the interrupt is not kept, as it would close TDB2's file channels under the count.
            }
            System.err.println("watch: " + report.summary() + "; the store holds " + graphs.counts());
        }
        return report.count(Report.Status.FAILED) == 0 ? 0 : 1;
    }
}
