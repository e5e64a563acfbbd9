package org.warkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

import org.warkg.pipeline.Extractor;
import org.warkg.pipeline.Outcome;
import org.warkg.record.RecordCodec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kg extract PATH... --out DIR}: one JSON record per input document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract entities and events from news files into JSON records, one per file.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<Path> paths;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the records.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        Extractor extractor = Extractor.standard();
        RecordCodec codec = new RecordCodec();
        BatchExtraction batch = new BatchExtraction(extractor, threads, System.err);
        int[] written = new int[1];
        batch.run(paths, outcome -> {
            try {
                write(codec, outcome);
                written[0]++;
            } catch (IOException e) {
                batch.fail(outcome.source(), "cannot write record: " + e.getMessage());
            }
        });
        System.err.printf("%d records written to %s, %d skipped, %d failed%n", written[0], out, batch.skipped(),
            batch.failures());
        return batch.failures() == 0 ? 0 : 1;
    }

    /** Writes beside, then moves into place, so a record is never half-written. */
    private void write(RecordCodec codec, Outcome outcome) throws IOException {
        Path target = out.resolve(outcome.record().doc() + ".json");
        Path temp = Files.createTempFile(out, ".record", ".tmp");
        try (OutputStream os = Files.newOutputStream(temp)) {
            codec.write(outcome.record(), os);
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
