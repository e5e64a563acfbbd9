package org.warkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.warkg.files.AtomicFile;
import picocli.CommandLine.Option;

/**
 * The options of the commands that train a maxent model on annotated sentences and score it
 * by cross-validation: where the sentences are, where the model goes, how many folds.
 */
final class TrainingOptions {

    @Option(names = "--data", paramLabel = "DIR",
        description = "Folder of annotated sentences (default: the model's folder in extractor/src/main/training).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the trained model.")
    Path out;

    @Option(names = "--folds", paramLabel = "N", defaultValue = "5",
        description = "Cross-validation folds (default: ${DEFAULT-VALUE}; 0 skips scoring).")
    int folds;

    /** The folder of annotated sentences: {@code --data}, else the shipped folder of that name. */
    Path folder(String shipped) {
        return data != null ? data : ProjectPaths.home().resolve("extractor/src/main/training").resolve(shipped);
    }

    /** Whether a model file is wanted. */
    boolean writesModel() {
        return out != null;
    }

    /** Whether to score by cross-validation. */
    boolean crossValidates() {
        return folds > 1;
    }

    /** Writes the model to {@code --out}, when given, and says where. */
    void save(AtomicFile.Content model) throws IOException {
        if (writesModel()) {
            AtomicFile.write(out, model);
            System.out.println("model " + out + ", " + Files.size(out) + " bytes");
        }
    }
}
