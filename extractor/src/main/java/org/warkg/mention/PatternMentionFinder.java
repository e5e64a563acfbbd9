package org.warkg.mention;

import java.util.ArrayList;
import java.util.List;
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

    private final List<Rule> rules;

    /**
     * One pattern and the words it cannot match without.
     *
     * @param type   the entity type of its matches
     * @param finder the pattern, as an OpenNLP name finder
     * @param cues   strings one of which a sentence must hold for the pattern to be tried; none: always tried
     */
    public record Rule(EntityType type, RegexNameFinder finder, List<String> cues) {

        public Rule {
            cues = List.copyOf(cues);
        }

        /** A rule for the regular expression, tried only on sentences holding one of the cues. */
        public static Rule of(EntityType type, String regex, List<String> cues) {
            return new Rule(type, new RegexNameFinder(new Pattern[] {Pattern.compile(regex)}, type.name()), cues);
        }

        boolean worthTrying(String sentence) {
            return cues.isEmpty() || cues.stream().anyMatch(sentence::contains);
        }
    }

    public PatternMentionFinder(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The patterns shipped with the extractor. A line holds the entity tag, the regular
     * expression and, optionally, its cues separated by {@code |}; a regular expression
     * costs a scan of every sentence, a cue check almost nothing.
     */
    public static PatternMentionFinder standard() {
        List<Rule> rules = new ArrayList<>();
        for (String line : ResourceLines.read(RESOURCE)) {
            String[] fields = line.split("\t");
            List<String> cues = fields.length > 2 ? List.of(fields[2].split("\\|")) : List.of();
            rules.add(Rule.of(EntityType.fromTag(fields[0]), fields[1], cues));
        }
        return new PatternMentionFinder(rules);
    }

    @Override
    public List<Mention> find(AnnotatedText text) {
        List<Mention> mentions = new ArrayList<>();
        String document = text.document().text();
        for (Sentence sentence : text.sentences()) {
            String[] tokenTexts = sentence.tokenTexts();
            String joined = String.join(" ", tokenTexts);
            for (Rule rule : rules) {
                if (!rule.worthTrying(joined)) {
                    continue;
                }
                for (Span span : rule.finder().find(tokenTexts)) {
                    List<Token> tokens = sentence.tokens();
                    Token first = tokens.get(span.getStart());
                    Token last = tokens.get(span.getEnd() - 1);
                    mentions.add(new Mention(rule.type(), sentence.index(), span.getStart(), span.getEnd(),
                        first.start(), last.end(), document.substring(first.start(), last.end()), "pattern", null));
                }
            }
        }
        return mentions;
    }
}
