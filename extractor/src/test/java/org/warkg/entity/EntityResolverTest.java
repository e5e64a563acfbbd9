package org.warkg.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warkg.TestResources;
import org.warkg.gazetteer.EntityType;
import org.warkg.mention.CombinedMentionFinder;
import org.warkg.mention.GazetteerMentionFinder;
import org.warkg.mention.MentionFinder;
import org.warkg.mention.PatternMentionFinder;
import org.warkg.nlp.AnnotatedText;

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
}
