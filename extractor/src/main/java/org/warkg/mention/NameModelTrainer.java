package org.warkg.mention;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.NameSampleDataStream;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.MarkableFileInputStreamFactory;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.PlainTextByLineStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the project's OpenNLP name finder from annotated sentences in OpenNLP's
 * {@code <START:type> ... <END>} format, and scores a model on held-out sentences
 * per entity type. Training is deterministic: the same files give the same model.
 */
public final class NameModelTrainer {

    private static final String LANGUAGE = "en";

    /**
     * Trains on every {@code *.train} file of a folder and writes the model; the
     * build runs this so the shipped model always matches the shipped sentences.
     *
     * @param args the folder of annotated sentences, then the model file to write
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("Usage: NameModelTrainer TRAINING_DIR MODEL_FILE");
        }
        Path folder = Path.of(args[0]);
        Path target = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".train")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("No *.train files in " + folder);
        }
        TokenNameFinderModel model = new NameModelTrainer().train(files, defaultParameters());
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(target)) {
            model.serialize(out);
        }
    }

    /** Default parameters: OpenNLP's maxent with a cutoff that drops one-off features. */
    public static TrainingParameters defaultParameters() {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 150);
        params.put(TrainingParameters.CUTOFF_PARAM, 2);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        // A beam of three: deciding word by word is faster but cuts names short and mislabels them.
        params.put(BeamSearch.BEAM_SIZE_PARAMETER, 3);
        return params;
    }

    /** Trains a model on the given files, read in the order given. */
    public TokenNameFinderModel train(List<Path> files, TrainingParameters params) throws IOException {
        try (ObjectStream<NameSample> samples = samples(files)) {
            return NameFinderME.train(LANGUAGE, null, samples, params, new TokenNameFinderFactory());
        }
    }

    /** Precision, recall and F1 of the model on the files, per type and over all ("all"). */
    public Map<String, Score> evaluate(TokenNameFinderModel model, List<Path> files) throws IOException {
        NameFinderME finder = new NameFinderME(model);
        Map<String, int[]> counts = new TreeMap<>();
        try (ObjectStream<NameSample> samples = samples(files)) {
            for (NameSample sample = samples.read(); sample != null; sample = samples.read()) {
                if (sample.isClearAdaptiveDataSet()) {
                    finder.clearAdaptiveData();
                }
                Span[] predicted = finder.find(sample.getSentence());
                count(counts, sample.getNames(), predicted);
            }
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        int[] all = new int[3];
        counts.forEach((type, c) -> {
            scores.put(type, Score.of(c[0], c[1], c[2]));
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        });
        scores.put("all", Score.of(all[0], all[1], all[2]));
        return scores;
    }

    private static void count(Map<String, int[]> counts, Span[] gold, Span[] predicted) {
        List<Span> remaining = new ArrayList<>(List.of(gold));
        for (Span p : predicted) {
            counts.computeIfAbsent(p.getType(), t -> new int[3])[1]++;
            if (remaining.remove(p)) {
                counts.get(p.getType())[0]++;
            }
        }
        for (Span g : gold) {
            counts.computeIfAbsent(g.getType(), t -> new int[3])[2]++;
        }
    }

    private static ObjectStream<NameSample> samples(List<Path> files) throws IOException {
        List<ObjectStream<NameSample>> streams = new ArrayList<>();
        for (Path file : files) {
            streams.add(new NameSampleDataStream(new PlainTextByLineStream(
                new MarkableFileInputStreamFactory(file.toFile()), StandardCharsets.UTF_8)));
        }
        @SuppressWarnings("unchecked")
        ObjectStream<NameSample>[] array = streams.toArray(new ObjectStream[0]);
        return ObjectStreamUtils.concatenateObjectStream(array);
    }

    /**
     * Precision, recall and F1 with the counts behind them.
     *
     * @param correct   names found with the right span and type
     * @param predicted names found
     * @param gold      names annotated
     */
    public record Score(int correct, int predicted, int gold, double precision, double recall, double f1) {

        static Score of(int correct, int predicted, int gold) {
            double p = predicted == 0 ? 0 : (double) correct / predicted;
            double r = gold == 0 ? 0 : (double) correct / gold;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return new Score(correct, predicted, gold, p, r, f);
        }
    }
}
