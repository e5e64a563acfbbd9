package org.warkg.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.warkg.TestResources;
import org.warkg.gazetteer.EntityType;
import org.warkg.mention.CombinedMentionFinder;
import org.warkg.mention.GazetteerMentionFinder;
import org.warkg.mention.MentionFinder;
import org.warkg.mention.Mention;
import org.warkg.mention.PatternMentionFinder;
import org.warkg.nlp.AnnotatedText;
import org.warkg.nlp.Sentence;
import org.warkg.nlp.Token;

class EntityResolverTest {

    private final MentionFinder finder = new CombinedMentionFinder(List.of(
        new GazetteerMentionFinder(TestResources.smallGazetteer(), TestResources.analyzer()::tokenize),
        PatternMentionFinder.standard()));
    private final EntityResolver resolver = new EntityResolver(TestResources.smallGazetteer(), new RoleFinder());

    private Entities resolve(String text) {
        AnnotatedText annotated = TestResources.annotate(text);
        return resolver.resolve(annotated, finder.find(annotated));
    }

    private static Entity named(Entities entities, String name) {
        return entities.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aSurnameAloneJoinsTheFullName() {
        Entities entities = resolve("Kursk Oblast Governor Roman Starovoit posted a video. "
            + "Starovoit said a driver was hurt.");
        Entity person = named(entities, "Roman Starovoit");

        assertThat(person.type()).isEqualTo(EntityType.Person);
        assertThat(person.aliases()).containsExactly("Starovoit");
        assertThat(person.mentions()).hasSize(2);
        assertThat(person.roles()).containsExactly("Governor of Kursk Oblast");
    }

    @Test
    void anAcronymInBracketsIsAnAliasAndItsLaterUsesJoin() {
        Entities entities = resolve("The State Bureau of Investigation (DBR) questioned an official. "
            + "The DBR\u2019s notice gave his rank.");
        Entity sbu = named(entities, "State Bureau of Investigation");

        assertThat(sbu.aliases()).containsExactly("DBR");
        assertThat(sbu.mentions()).hasSize(3);
    }

    @Test
    void spellingVariantsOfOneGazetteerEntryAreOneEntity() {
        Entities entities = resolve("Drones struck the Kursk region. Sudzha is in Kursk Oblast.");
        Entity oblast = named(entities, "Kursk Oblast");

        assertThat(oblast.gazetteerId()).isEqualTo("place/kursk-oblast");
        assertThat(oblast.aliases()).containsExactly("Kursk region");
    }

    @Test
    void anAppositionGivesARole() {
        Entities entities = resolve("Rustem Umerov, Secretary of the Defence Council, confirmed the plan.");
        assertThat(named(entities, "Rustem Umerov").roles())
            .containsExactly("Secretary of the Defence Council");
    }

    @Test
    void transliterationVariantsOfAPersonAreOneEntity() {
        Entities entities = resolve("Governor Serhiy Lysak reported a fire. Governor Serhii Lysak added that "
            + "rescuers were at work.");
        assertThat(entities.entities().stream().filter(e -> e.type() == EntityType.Person)).hasSize(1);
    }

    /** The words, first written after the anchor, as a mention no finder of this test makes (the model would). */
    private static Mention modelMention(AnnotatedText text, String anchor, String words, EntityType type) {
        String document = text.document().text();
        int start = document.indexOf(words, document.indexOf(anchor));
        for (Sentence sentence : text.sentences()) {
            List<Token> tokens = sentence.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() == start) {
                    int j = i;
                    while (tokens.get(j).end() < start + words.length()) {
                        j++;
                    }
                    return new Mention(type, sentence.index(), i, j + 1, start, start + words.length(), words,
                        "model", null);
                }
            }
        }
        throw new IllegalArgumentException(words);
    }

    @Test
    void aBodyWithoutItsCountryJoinsTheCountrysBodyNamedBefore() {
        AnnotatedText text = TestResources.annotate("Georgia's Defence Ministry sent observers. Moldova's Defence "
            + "Ministry denied any flights over its territory. Later the Defence Ministry published a map.");
        List<Mention> mentions = new ArrayList<>(finder.find(text));
        mentions.add(modelMention(text, "Later", "Defence Ministry", EntityType.Organization));
        Entities entities = resolver.resolve(text, mentions);

        assertThat(named(entities, "Moldovan Ministry of Defence").aliases()).contains("Defence Ministry");
        assertThat(entities.entities()).extracting(Entity::name).doesNotContain("Defence Ministry");
    }

    @Test
    void anOwnedNameIsAlsoKnownWithoutItsOwner() {
        Entities entities = resolve("Moldova's Defence Ministry denied the report.");

        assertThat(named(entities, "Moldovan Ministry of Defence").aliases())
            .containsExactly("Moldova's Defence Ministry", "Defence Ministry");
    }

    @Test
    void rolesThatDifferOnlyInCaseAreOneRole() {
        Entities entities = resolve("Regional governor Vyacheslav Gladkov reported smoke over a depot. "
            + "Hours later regional Governor Vyacheslav Gladkov said the fire was out.");
        assertThat(named(entities, "Vyacheslav Gladkov").roles()).containsExactly("Regional governor");
    }
}
