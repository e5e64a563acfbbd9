package org.warkg.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warkg.TestResources;
import org.warkg.gazetteer.EntityType;
import org.warkg.nlp.AnnotatedText;

class MentionFinderTest {

    private final GazetteerMentionFinder gazetteer =
        new GazetteerMentionFinder(TestResources.smallGazetteer(), TestResources.analyzer()::tokenize);
    private final PatternMentionFinder patterns = PatternMentionFinder.standard();

    private static List<String> texts(List<Mention> mentions, EntityType type) {
        return mentions.stream().filter(m -> m.type() == type).map(Mention::text).toList();
    }

    @Test
    void findsGazetteerNamesInAnyCapitalisationButNotLowerCaseWords() {
        AnnotatedText text = TestResources.annotate(
            "Drones hit the Kursk Region and Sudzha, and the US said it would help us.");
        List<Mention> found = gazetteer.find(text);

        assertThat(texts(found, EntityType.Location)).containsExactly("Kursk Region", "Sudzha", "US");
        assertThat(found.get(1).gazetteerId()).isEqualTo("place/sudzha");
    }

    @Test
    void findsUnitsWeaponsAndTitledPeopleByTheirShape() {
        AnnotatedText text = TestResources.annotate("The 93rd Mechanized Brigade downed a Su-35 and an "
            + "Iskander-M was fired, as Governor Oleh Syniehubov put it.");
        List<Mention> found = patterns.find(text);

        assertThat(texts(found, EntityType.MilitaryUnit)).containsExactly("93rd Mechanized Brigade");
        assertThat(texts(found, EntityType.Weapon)).containsExactly("Su-35", "Iskander-M");
        assertThat(texts(found, EntityType.Person)).containsExactly("Oleh Syniehubov");
    }

    @Test
    void keepsTheLongerOfOverlappingMentions() {
        AnnotatedText text = TestResources.annotate("Shahed-136 drones struck the city.");
        MentionFinder combined = new CombinedMentionFinder(List.of(gazetteer, patterns));

        assertThat(combined.find(text)).extracting(Mention::text).containsExactly("Shahed-136");
    }

    @Test
    void aCityNamedForItsClockIsNoPlace() {
        AnnotatedText text = TestResources.annotate("The sirens in Sudzha sounded at 02:10 Sudzha time.");
        MentionFinder combined = new CombinedMentionFinder(List.of(gazetteer, patterns));

        assertThat(combined.find(text)).extracting(Mention::text).containsExactly("Sudzha");
        assertThat(combined.find(text).get(0).tokenStart()).isEqualTo(3);
    }

    @Test
    void aCapitalisedGazetteerWordNeedsACapitalInTheText() {
        AnnotatedText text = TestResources.annotate("The State Bureau of Investigation replied; the state bureau of "
            + "investigation did not.");
        assertThat(texts(gazetteer.find(text), EntityType.Organization)).containsExactly(
            "State Bureau of Investigation");
    }

    @Test
    void findsTheNameInsideALongerAliasThatStartsWithASmallWord() {
        AnnotatedText text = TestResources.annotate("Hungary abstained in the United Nations vote on Friday.");

        assertThat(texts(gazetteer.find(text), EntityType.Organization)).containsExactly("United Nations");
    }

    @Test
    void aTitledPersonWinsOverAModelNameThatSwallowedTheTitle() {
        AnnotatedText text = TestResources.annotate("US Secretary Marco Rubio will attend the summit.");
        MentionFinder combined = new CombinedMentionFinder(List.of(gazetteer, patterns,
            t -> List.of(new Mention(EntityType.Organization, 0, 0, 4, 0, 24, "US Secretary Marco Rubio",
                "model", null))));

        assertThat(combined.find(text)).extracting(Mention::type, Mention::text).containsExactly(
            tuple(EntityType.Location, "US"), tuple(EntityType.Person, "Marco Rubio"));
    }

    @Test
    void calendarWordsAndPlatformsAreNoNames() {
        AnnotatedText text = TestResources.annotate("In June, Telegram channels said Sudzha was hit.");
        MentionFinder combined = new CombinedMentionFinder(List.of(gazetteer, patterns,
            t -> List.of(new Mention(EntityType.Organization, 0, 3, 4, 9, 17, "Telegram", "model", null))));
        assertThat(combined.find(text)).extracting(Mention::text).containsExactly("Sudzha");
    }

    @Test
    void findsBodiesAndFormationsNamedAfterWhatTheyAre() {
        AnnotatedText text = TestResources.annotate("The Rivne Regional Military Administration, the Lutsk "
            + "regional prosecutor's office and the Volyn District Court of Lutsk spoke after Battlegroup Dnepr "
            + "and the Zhytomyr grouping moved, the Harbour Courier reported.");
        List<Mention> found = patterns.find(text);

        assertThat(texts(found, EntityType.Organization)).containsExactly("Rivne Regional Military Administration",
            "Lutsk regional prosecutor's office", "Volyn District Court of Lutsk", "Harbour Courier");
        assertThat(texts(found, EntityType.MilitaryUnit)).containsExactly("Battlegroup Dnepr", "Zhytomyr grouping");
    }

    @Test
    void aPlaceNamedByItsKindDoesNotStartWithAnArticle() {
        AnnotatedText text = TestResources.annotate("The Kremenchuk refinery burned; every refinery nearby shut.");

        assertThat(texts(patterns.find(text), EntityType.Location)).containsExactly("Kremenchuk refinery");
    }
}
