package org.warkg.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.warkg.TestResources;
import org.warkg.ingest.DocumentLoader;
import org.warkg.ingest.IngestException;
import org.warkg.ingest.SourceDocument;

class TextAnalyzerTest {

    @Test
    void tokensPointAtTheirWordsInTheDocumentText() {
        String text = "Russian drones struck Kharkiv overnight. Two guards were hurt, the mayor said.";
        AnnotatedText annotated = TestResources.annotate(text);

        assertThat(annotated.sentences()).hasSize(2);
        for (Sentence sentence : annotated.sentences()) {
            assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
            for (Token token : sentence.tokens()) {
                assertThat(text.substring(token.start(), token.end())).isEqualTo(token.text());
            }
        }
    }

    @Test
    void splitsSentencesThatAScrapedTeaserGluedTogether() {
        AnnotatedText annotated = TestResources.annotate("The estimate came from U.K. intelligence.Under "
            + "the estimate, losses rose. Prices rose 3.5 percent. A building on fire in Kharkiv.AP "
            + "The spokesperson spoke on May 24.The statement came late.");
        assertThat(annotated.sentences()).extracting(Sentence::text).containsExactly(
            "The estimate came from U.K. intelligence.", "Under the estimate, losses rose.",
            "Prices rose 3.5 percent.", "A building on fire in Kharkiv.", "AP", "The spokesperson spoke on May 24.",
            "The statement came late.");
    }

    @Test
    void aMonthsAbbreviationBeforeItsDayEndsNoSentence() {
        AnnotatedText annotated = TestResources.annotate("A shell hit a school in Kherson on Feb. 9, injuring "
            + "a teacher. Repairs began in Oct. Nobody returned.");
        assertThat(annotated.sentences()).extracting(Sentence::text).startsWith(
            "A shell hit a school in Kherson on Feb. 9, injuring a teacher.");
    }

    @Test
    void aWordBeforeTheParticleOfAPhrasalVerbIsAVerb() {
        Sentence sentence = TestResources.annotate("Kyiv shot down an enemy Su-34 bomber on June 2.")
            .sentences().get(0);
        assertThat(sentence.tokens().get(1).tag()).isEqualTo("VERB");
    }

    @Test
    void lemmatisesVerbsSoTriggersMatchEveryForm() {
        Sentence sentence = TestResources.annotate("Russian drones struck Kharkiv overnight.").sentences().get(0);
        Token struck = sentence.tokens().stream().filter(t -> t.text().equals("struck")).findFirst().orElseThrow();
        assertThat(struck.lemma()).isEqualTo("strike");
        assertThat(struck.tag()).isEqualTo("VERB");
    }

    @Test
    void tellsEnglishFromUkrainianAndFrench() throws IngestException {
        LanguageGuard guard = new LanguageGuard(TestResources.models());
        DocumentLoader loader = DocumentLoader.standard();
        SourceDocument english = loader.read("en.txt", "en.txt",
            "Gunners shot down twenty drones above the region at night, the governor wrote on Telegram.");
        SourceDocument ukrainian = loader.read("uk.txt", "uk.txt",
            "Сили протиповітряної оборони вночі збили двадцять безпілотників над областю, повідомив губернатор.");
        SourceDocument french = loader.read("fr.txt", "fr.txt",
            "La défense antiaérienne a abattu vingt drones au-dessus de la région cette nuit, "
                + "a indiqué le gouverneur.");

        assertThat(guard.language(english)).isEqualTo(LanguageGuard.ENGLISH);
        assertThat(guard.language(ukrainian)).isNotEqualTo(LanguageGuard.ENGLISH);
        assertThat(guard.language(french)).isNotEqualTo(LanguageGuard.ENGLISH);
    }
}
