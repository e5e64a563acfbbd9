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
        Entities entities = resolve("Kursk Oblast Governor Alexander Khinshtein wrote on Telegram. "
            + "Khinshtein said the soldier died.");
        Entity person = named(entities, "Alexander Khinshtein");

        assertThat(person.type()).isEqualTo(EntityType.Person);
        assertThat(person.aliases()).containsExactly("Khinshtein");
        assertThat(person.mentions()).hasSize(2);
        assertThat(person.roles()).containsExactly("Governor of Kursk Oblast");
    }

    @Test
    void anAcronymInBracketsIsAnAliasAndItsLaterUsesJoin() {
        Entities entities = resolve("The Security Service of Ukraine (SBU) detained a suspect. "
            + "The SBU\u2019s statement named him.");
        Entity sbu = named(entities, "Security Service of Ukraine");

        assertThat(sbu.aliases()).containsExactly("SBU");
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
        Entities entities = resolve("Sergey Shoigu, Secretary of the Russian Security Council, announced the move.");
        assertThat(named(entities, "Sergey Shoigu").roles())
            .containsExactly("Secretary of the Russian Security Council");
    }

    @Test
    void transliterationVariantsOfAPersonAreOneEntity() {
        Entities entities = resolve("Governor Serhiy Lysak said two people died. Governor Serhii Lysak added that "
            + "rescuers were at work.");
        assertThat(entities.entities().stream().filter(e -> e.type() == EntityType.Person)).hasSize(1);
    }

    @Test
    void rolesThatDifferOnlyInCaseAreOneRole() {
        Entities entities = resolve("Regional governor Vyacheslav Gladkov reported smoke over a depot. "
            + "Hours later regional Governor Vyacheslav Gladkov said the fire was out.");
        assertThat(named(entities, "Vyacheslav Gladkov").roles()).containsExactly("Regional governor");
    }
}
