package org.warkg.mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import opennlp.tools.namefind.RegexNameFinder;
import opennlp.tools.util.Span;
import org.warkg.gazetteer.EntityType;
import org.warkg.nlp.AnnotatedText;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;
import org.warkg.resources.ResourceLines;

/**
 * Finds names that follow a shape rather than a list (numbered units, weapon
 * model codes, people introduced by a title) with OpenNLP's {@link RegexNameFinder}
 * over the patterns in {@code patterns.tsv}.
 */
public final class PatternMentionFinder implements MentionFinder {

    private static final String RESOURCE = "org/warkg/mention/patterns.tsv";

    private final RegexNameFinder finder;

    public PatternMentionFinder(Map<String, Pattern[]> patterns) {
        this.finder = new RegexNameFinder(patterns);
    }

    /** The patterns shipped with the extractor. */
    public static PatternMentionFinder standard() {
        Map<String, List<Pattern>> byType = new LinkedHashMap<>();
        for (String line : ResourceLines.read(RESOURCE)) {
            int tab = line.indexOf('\t');
            String type = EntityType.fromTag(line.substring(0, tab)).name();
            byType.computeIfAbsent(type, t -> new ArrayList<>()).add(Pattern.compile(line.substring(tab + 1)));
        }
        Map<String, Pattern[]> patterns = new LinkedHashMap<>();
        byType.forEach((type, list) -> patterns.put(type, list.toArray(new Pattern[0])));
        return new PatternMentionFinder(patterns);
    }

    @Override
    public List<Mention> find(AnnotatedText text) {
        List<Mention> mentions = new ArrayList<>();
        String document = text.document().text();
        for (Sentence sentence : text.sentences()) {
            for (Span span : finder.find(sentence.tokenTexts())) {
                List<Token> tokens = sentence.tokens();
                Token first = tokens.get(span.getStart());
                Token last = tokens.get(span.getEnd() - 1);
                mentions.add(new Mention(EntityType.valueOf(span.getType()), sentence.index(), span.getStart(),
                    span.getEnd(), first.start(), last.end(), document.substring(first.start(), last.end()),
                    "pattern", null));
            }
        }
        return mentions;
    }
}
