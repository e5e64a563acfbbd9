package org.warkg.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.warkg.TestResources;
import org.warkg.gazetteer.EntityType;

/** Checks that training, scoring and finding run on a tiny fixture; accuracy is measured elsewhere. */
class NameModelTrainerTest {

    private static Path fixture() throws URISyntaxException {
        return Path.of(NameModelTrainerTest.class.getResource("/org/warkg/mention/tiny.train").toURI());
    }

    @Test
    void trainsAModelThatFindsItsOwnTrainingNames() throws IOException, URISyntaxException {
        NameModelTrainer trainer = new NameModelTrainer();
        TokenNameFinderModel model = trainer.train(List.of(fixture()), NameModelTrainer.defaultParameters());
        Map<String, NameModelTrainer.Score> scores = trainer.evaluate(model, List.of(fixture()));

        assertThat(scores).containsKeys("person", "location", "unit", "weapon", "organization", "all");
        assertThat(scores.get("all").f1()).isGreaterThan(0.9);

        ModelMentionFinder finder = new ModelMentionFinder(model);
        List<Mention> found = finder.find(TestResources.annotate(
            "Ihor Terekhov said Shahed drones hit Kharkiv overnight."));
        assertThat(found).extracting(Mention::type).contains(EntityType.Person, EntityType.Location);
    }

    @Test
    void trainingTwiceGivesTheSameFinder() throws IOException, URISyntaxException {
        NameModelTrainer trainer = new NameModelTrainer();
        TokenNameFinderModel a = trainer.train(List.of(fixture()), NameModelTrainer.defaultParameters());
        TokenNameFinderModel b = trainer.train(List.of(fixture()), NameModelTrainer.defaultParameters());
        var text = TestResources.annotate("Governor Oleh Syniehubov posted to Telegram that two workers were "
            + "injured in Sumy. The 5th Assault Brigade held off an attack near Odesa, Reuters reported.");
        assertThat(new ModelMentionFinder(a).find(text)).isEqualTo(new ModelMentionFinder(b).find(text));
    }
}
