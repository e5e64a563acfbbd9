package org.warkg.nlp;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/** Reads and writes the project's maxent classifiers in OpenNLP's binary model format. */
public final class MaxentFiles {

    private MaxentFiles() {}

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
