package org.warkg.nlp;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/** Reads and writes the project's maxent classifiers in OpenNLP's binary model format. */
public final class MaxentFiles {

    /** What writes a trained model to a stream: the model's own {@code write}. */
    @FunctionalInterface
    public interface ModelWriter {
        /** Writes the model; the caller closes the stream. */
        void write(OutputStream out) throws IOException;
    }

    private MaxentFiles() {}

    /** Writes a model file, creating its folder: what every trainer's {@code main} ends with. */
    public static void save(Path file, ModelWriter model) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            model.write(out);
        }
    }

    /** Reads a model written by {@link #write}. */
    public static AbstractModel read(InputStream in) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    }

    /** Writes the model; the stream stays open. */
    public static void write(AbstractModel model, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        new GenericModelWriter(model, data).persist();
        data.flush();
    }
}
