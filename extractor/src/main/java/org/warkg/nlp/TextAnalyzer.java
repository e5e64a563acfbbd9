package org.warkg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.util.Span;
import org.warkg.ingest.Block;
import org.warkg.ingest.SourceDocument;
import org.warkg.ingest.Story;
import org.warkg.nlp.syntax.ShallowParser;

/**
 * Splits each story block into sentences and tokens and tags them with OpenNLP.
 * A headline is one sentence. Safe to share between threads.
 */
public final class TextAnalyzer {

    /** Sentences longer than this many tokens are cut; runaway text must not stall tagging. */
    private static final int MAX_TOKENS = 200;
    /** Sentences are cut at this length: no news sentence is longer, and a line of junk must stay cheap. */
    private static final int MAX_SENTENCE_CHARS = 3000;

    /**
     * An inline list bullet, or the end of a sentence glued to the next one's capital
     * or to a photo credit ("after the shelling of Sumy.AP").
     */
    private static final Pattern INLINE_BREAK =
        Pattern.compile("( \\* )|(?:\\p{Ll}{2}|\\d)[.!?][\"\u201d\u2019]?(?=\\p{Lu}\\p{Ll}|\\p{Lu}{2,5}\\b)");

    /** Particles of phrasal verbs that news uses for attacks and interceptions. */
    private static final Set<String> PARTICLES = Set.of("down", "up", "off");

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    private final WordLemmatizer lemmatizer;
    private final ShallowParser parser = new ShallowParser();

    public TextAnalyzer(NlpModels models) {
        this.sentences = new ThreadSafeSentenceDetectorME(models.sentences());
        this.tokenizer = new ThreadSafeTokenizerME(models.tokens());
        this.tagger = new ThreadSafePOSTaggerME(models.pos());
        this.lemmatizer = new WordLemmatizer(models.lemmas());
    }

    /** Annotates every story of the document. */
    public AnnotatedText analyze(SourceDocument document) {
        String text = document.text();
        List<Sentence> out = new ArrayList<>();
        List<Story> stories = document.stories();
        for (int s = 0; s < stories.size(); s++) {
            for (Block block : stories.get(s).blocks()) {
                String blockText = text.substring(block.start(), block.end());
                Span[] spans = block.headline() ? new Span[] {new Span(0, blockText.length())}
                    : AbbreviationBreaks.rejoin(blockText, sentences.sentPosDetect(blockText));
                for (Span span : splitInline(blockText, spans)) {
                    int start = block.start() + span.getStart();
                    int end = block.start() + Math.min(span.getEnd(), span.getStart() + MAX_SENTENCE_CHARS);
                    out.add(sentence(text, out.size(), s, start, end, block.headline()));
                }
            }
        }
        return new AnnotatedText(document, out);
    }

    /**
     * Teasers list items inline ("Latest on June 3: * ... * ..."): each item is a
     * sentence. Scraped teasers also glue sentences together ("intelligence.According
     * to", "on May 12.The ministry"), which the sentence model does not split.
     */
    private static List<Span> splitInline(String text, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            int start = span.getStart();
            Matcher cut = INLINE_BREAK.matcher(text).region(span.getStart(), span.getEnd());
            while (cut.find()) {
                boolean bullet = cut.group(1) != null;
                int end = bullet ? cut.start() : cut.end();
                if (end > start) {
                    out.add(new Span(start, end));
                }
                start = cut.end();
            }
            if (start < span.getEnd()) {
                out.add(new Span(start, span.getEnd()));
            }
        }
        return out;
    }

    /**
     * The tagger reads "Poland shot down a balloon" as a noun "shot": a word between a
     * name and the particle of a phrasal verb ("down", "up", "off") is a verb.
     */
    private static String[] phrasalVerbs(String[] words, String[] tags) {
        for (int i = 1; i + 1 < words.length; i++) {
            if (tags[i].equals("NOUN") && tags[i - 1].matches("PROPN|PRON") && PARTICLES.contains(words[i + 1])
                    && !tags[i + 1].equals("NOUN")) {
                tags[i] = "VERB";
            }
        }
        return tags;
    }

    /** Splits a name or phrase into tokens exactly as sentences are split. */
    public String[] tokenize(String phrase) {
        List<Span> spans = TokenRepair.repair(phrase, tokenizer.tokenizePos(phrase));
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = spans.get(i).getCoveredText(phrase).toString();
        }
        return words;
    }

    /** Annotates a text known to be one sentence, as training data gives them. */
    public Sentence sentence(String text) {
        return sentence(text, 0, 0, 0, text.length(), false);
    }

    /** Tokenizes, tags, lemmatizes and chunks one sentence of the text. */
    Sentence sentence(String text, int index, int story, int start, int end, boolean headline) {
        String sentenceText = text.substring(start, end);
        List<Span> spans = TokenRepair.repair(sentenceText, tokenizer.tokenizePos(sentenceText));
        int n = Math.min(spans.size(), MAX_TOKENS);
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = spans.get(i).getCoveredText(sentenceText).toString();
        }
        String[] tags = phrasalVerbs(words, tagger.tag(words));
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tokens.add(new Token(words[i], start + spans.get(i).getStart(), start + spans.get(i).getEnd(), tags[i],
                lemmatizer.lemma(words[i], tags[i])));
        }
        return new Sentence(index, story, start, end, headline, sentenceText, tokens, parser.parse(tokens));
    }
}
