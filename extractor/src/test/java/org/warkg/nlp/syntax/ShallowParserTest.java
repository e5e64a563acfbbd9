package org.warkg.nlp.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warkg.TestResources;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;

class ShallowParserTest {

    private static Sentence sentence(String text) {
        return TestResources.annotate(text).sentences().get(0);
    }

    private static int index(Sentence sentence, String word) {
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " is not in " + sentence.text());
    }

    @Test
    void findsTheSubjectAndObjectHeadsOfAVerb() {
        Sentence s = sentence("Russian artillery shelled two border villages near the river.");
        SentenceSyntax syntax = s.syntax();
        int verb = index(s, "shelled");

        assertThat(s.tokens().get(syntax.subjectHead(verb)).text()).isEqualTo("artillery");
        assertThat(s.tokens().get(syntax.objectHead(verb)).text()).isEqualTo("villages");
    }

    @Test
    void aConditionalOpensAClauseOfItsOwn() {
        Sentence s = sentence("Drones struck the depot on Monday, and officials fear strikes if talks fail.");
        SentenceSyntax syntax = s.syntax();

        assertThat(syntax.clauseOf(index(s, "struck")).covers(index(s, "talks"))).isFalse();
        assertThat(syntax.clauseOf(index(s, "fail")).opener()).isEqualTo("if");
    }

    @Test
    void marksAPassiveVerbGroup() {
        Sentence s = sentence("The bridge was struck by two missiles.");

        assertThat(s.syntax().isPassive(index(s, "struck"))).isTrue();
        assertThat(sentence("Two missiles struck the bridge.").syntax().passiveHeads()).isEmpty();
    }
}
