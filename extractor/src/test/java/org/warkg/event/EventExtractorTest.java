package org.warkg.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.warkg.TestResources;
import org.warkg.entity.Entities;
import org.warkg.entity.EntityResolver;
import org.warkg.entity.RoleFinder;
import org.warkg.event.detect.EventDetector;
import org.warkg.event.role.AgentModel;
import org.warkg.gazetteer.Gazetteer;
import org.warkg.mention.CombinedMentionFinder;
import org.warkg.mention.GazetteerMentionFinder;
import org.warkg.mention.MentionFinder;
import org.warkg.mention.PatternMentionFinder;
import org.warkg.nlp.AnnotatedText;
import org.warkg.time.DateResolver;
import org.warkg.quantity.CasualtyCounter;
import org.warkg.quantity.MunitionCounter;

class EventExtractorTest {

    private final Gazetteer gazetteer = TestResources.smallGazetteer();
    private final MentionFinder finder = new CombinedMentionFinder(List.of(
        new GazetteerMentionFinder(gazetteer, TestResources.analyzer()::tokenize), PatternMentionFinder.standard()));
    private final EventExtractor extractor = new EventExtractor(EventDetector.standard(), new DateResolver(),
        new CasualtyCounter(), new MunitionCounter(), new ClaimReader(), new ArgumentReader(gazetteer),
        AgentModel.standard().orElseThrow());

    private List<Event> events(String text) {
        AnnotatedText annotated = TestResources.annotate(text);
        Entities entities = new EntityResolver(gazetteer, new RoleFinder()).resolve(annotated,
            finder.find(annotated));
        return extractor.extract(entities).events();
    }

    @Test
    void anAttackGetsItsPlaceDateLossesAndClaimant() {
        List<Event> events = events("June 4, 2024 7:45 AM\n"
            + "Ukrainian drones struck Sudzha on June 3, killing two people and injuring five, "
            + "Governor Vyacheslav Gladkov said.");
        Event attack = events.stream().filter(e -> e.type() == EventType.Attack).findFirst().orElseThrow();

        assertThat(attack.location()).isEqualTo("Sudzha");
        assertThat(attack.date().iso()).isEqualTo("2024-06-03");
        assertThat(attack.killed()).isEqualTo(2);
        assertThat(attack.injured()).isEqualTo(5);
        assertThat(attack.reportedBy()).isEqualTo("Vyacheslav Gladkov");
        assertThat(attack.agent()).isEqualTo("Ukraine");
        assertThat(attack.evidence().get(0).text()).startsWith("Ukrainian drones struck Sudzha");
    }

    @Test
    void lossesToldWithTheirAttackAreItsTollButATallySinceTheStartIsNot() {
        assertThat(events("June 4, 2024 7:45 AM\n"
            + "The army claims to have killed 300 enemy fighters and blown up a bridge near Sudzha on June 3.")
            .stream().map(Event::type)).containsOnly(EventType.Attack);
        assertThat(events("June 4, 2024 7:45 AM\n"
            + "Russian strikes have killed 52 civilians in Sudzha since the invasion began in February 2022, "
            + "officials said.")
            .stream().map(Event::type)).contains(EventType.Casualties, EventType.Attack);
    }

    @Test
    void aStatementThatItCouldNotBeVerifiedMarksTheClaim() {
        List<Event> events = events("Russian drones struck Sudzha overnight, Vyacheslav Gladkov claimed. "
            + "The Example could not independently verify the claim.");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).verification()).isEqualTo(Verification.UNVERIFIED);
    }

    @Test
    void theSameEventToldTwiceIsOneEventWithTwoEvidenceSentences() {
        List<Event> events = events("June 4, 2024 7:45 AM\n"
            + "Drones struck Sudzha on June 3, the governor said.\n\n"
            + "On June 3, drones struck Sudzha again, local channels reported.");
        List<Event> attacks = events.stream().filter(e -> e.type() == EventType.Attack).toList();

        assertThat(attacks).hasSize(1);
        assertThat(attacks.get(0).evidence()).hasSize(2);
    }

    @Test
    void anEventWhoseTextGivesNoDayIsDatedToTheStorysMonth() {
        List<Event> events = events("June 4, 2024 7:45 AM\n"
            + "Russian forces captured the village of Sudzha, the ministry said.\n\n"
            + "Drones struck Sudzha overnight, the governor said.");

        assertThat(events).extracting(Event::type, e -> e.date().iso()).containsExactly(
            tuple(EventType.TerritorialChange, "2024-06"),
            tuple(EventType.Attack, "2024-06-04"));
    }

    @Test
    void aHeadlineRepeatedInAListOfStoriesIsOneEvent() {
        List<Event> events = events("June 4, 2024 7:45 AM\n"
            + "  \u2022 Drones struck a fuel depot in Sudzha, governor says\n\n"
            + "Drones struck a fuel depot in Sudzha, governor says\n\n"
            + "June 3, 2024 1:10 PM\n"
            + "The governor said the fire was out.");

        assertThat(events).filteredOn(e -> e.type() == EventType.Attack).singleElement()
            .satisfies(e -> assertThat(e.evidence()).hasSize(2));
    }

    @Test
    void aFollowingSentenceThatSaysNoOneWasHurtGivesZero() {
        List<Event> events = events("June 4, 2024 7:45 AM\n"
            + "Drones struck an energy facility in Sudzha overnight, the governor said. There were no casualties.");

        assertThat(events).filteredOn(e -> e.type() == EventType.Attack).singleElement()
            .satisfies(e -> assertThat(e.killed()).isZero()).satisfies(e -> assertThat(e.injured()).isZero());
    }

    @Test
    void thePlaceASentenceRefersToIsTheLastOfItsKindNamedBefore() {
        List<Event> events = events("June 4, 2024 7:45 AM\n"
            + "Governor Alexei Smirnov spoke about Kursk Oblast on June 3. "
            + "He said Ukrainian drones hit three farms in the region.");

        assertThat(events).filteredOn(e -> e.type() == EventType.Attack).singleElement()
            .satisfies(e -> assertThat(e.location()).isEqualTo("Kursk Oblast"));
    }

    @Test
    void anEventWithNoPlaceWeaponOrTollIsDropped() {
        assertThat(events("The minister conceded at a committee meeting that he had made mistakes."))
            .isEmpty();
        assertThat(events("The minister held talks with the governor in Sudzha.")).extracting(Event::type)
            .containsExactly(EventType.Meeting);
    }

    @Test
    void aMeetingOrArrestNamingItsPartiesNeedsNoPlace() {
        assertThat(events("Vyacheslav Gladkov met with the head of the Security Service of Ukraine on Monday."))
            .extracting(Event::type).containsExactly(EventType.Meeting);
        assertThat(events("Vyacheslav Gladkov said drones struck the town on Monday.")).isEmpty();
    }

    @Test
    void aHeadlineThatTellsSomethingIsReadEvenWithoutATaggedVerb() {
        assertThat(events("Live updates: Ukraine attacks Russian special forces camp in Sudzha, source claims"))
            .extracting(Event::type).containsExactly(EventType.Attack);
        assertThat(events("Troop deployment in Sudzha")).isEmpty();
    }

    @Test
    void aCountrysTerritoryNamedByItsAdjectiveIsTheCountry() {
        List<Event> events = events("June 11, 2025 10:00 AM\n"
            + "The war in Ukraine goes on. Russia launched 85 drones at Ukrainian territory overnight.");

        assertThat(events).extracting(Event::type, Event::location).containsExactly(tuple(EventType.Attack, "Ukraine"));
    }

    @Test
    void anEventADayAfterAnotherTakesTheDayBefore() {
        List<Event> events = events("June 4, 2024 7:45 AM\n"
            + "The mayor had the shelters checked on Monday, a day after drones struck Sudzha.");

        assertThat(events).extracting(Event::type, e -> e.date().iso())
            .containsExactly(tuple(EventType.Attack, "2024-06-02"));
    }

    @Test
    void theSeatOfAnOfficialIsNotThePlaceOfTheEvent() {
        List<Event> events = events("According to the mayor of Sudzha, drones struck Kursk Oblast overnight.");

        assertThat(events).extracting(Event::type, Event::location)
            .containsExactly(tuple(EventType.Attack, "Kursk Oblast"));
    }

    @Test
    void aPlaceInThePhraseOfAPassiveSubjectIsWhereTheEventWas() {
        List<Event> events = events("A fuel depot in Kursk Oblast was hit by Ukrainian drones overnight.");

        assertThat(events).extracting(Event::location, Event::agent).containsExactly(tuple("Kursk Oblast", "Ukraine"));
    }

    @Test
    void aPlaceInThePhraseOfAnActingSubjectIsNot() {
        List<Event> events = events("Officials in Sudzha condemned the drone strike on Kursk Oblast overnight.");

        assertThat(events).extracting(Event::location).containsExactly("Kursk Oblast");
    }

    @Test
    void anAttackOnOneTownIsNotMergedIntoTheCountedWaveOverTheCountry() {
        List<Event> events = events("June 11, 2025 9:00 AM\n"
            + "Ukraine launched 40 drones against Russia overnight, the ministry said. "
            + "Two people died in Sudzha as a result of the drone attack.");

        assertThat(events).extracting(Event::location, e -> e.munitions().launched(), Event::killed)
            .containsExactly(tuple("Russia", 40, null), tuple("Sudzha", null, 2));
    }

    @Test
    void heSaidNamesThePersonLastNamed() {
        List<Event> events = events("Governor Alexander Khinshtein spoke in Kursk Oblast on Monday. "
            + "He said that Ukrainian drones struck Sudzha overnight.");

        assertThat(events).filteredOn(e -> e.type() == EventType.Attack).extracting(Event::reportedBy)
            .containsExactly("Alexander Khinshtein");
    }

    @Test
    void aSpeechWordReadAsANounBeforeThatStillNamesTheClaimant() {
        List<Event> events = events("Reuters reports that Ukrainian drones struck Sudzha overnight.");

        assertThat(events).extracting(Event::reportedBy).containsExactly("Reuters");
    }

    @Test
    void theAgentIsTheSubjectOfTheTriggerOrItsNationality() {
        assertThat(events("Ukraine attacks a Russian air base in Kursk Oblast.")).extracting(Event::agent)
            .containsExactly("Ukraine");
        assertThat(events("Russian air defence crews on June 3 reportedly shot down 20 drones over Kursk Oblast."))
            .extracting(Event::agent).containsExactly("Russia");
    }

    @Test
    void aClaimantOwnedByItsCountryIsNamedWithTheCountrysAdjective() {
        List<Event> events = events("Russia's Defence Ministry said drones had struck a depot in Sudzha overnight.");

        assertThat(events).extracting(Event::reportedBy).containsExactly("Russian Defence Ministry");
    }

    @Test
    void anAgentNoWordNamesFollowsFromThePlace() {
        assertThat(events("Overnight shelling wounded two farmers in a village outside Sudzha."))
            .extracting(Event::agent).containsExactly("Ukraine");
        assertThat(events("Air defence units downed a drone above Sudzha on Saturday."))
            .extracting(Event::agent).containsExactly("Russia");
    }

    @Test
    void theDatelineIsWhereTheReporterIsNotWhereTheEventWas() {
        List<Event> events = events("SUDZHA, Kursk Oblast \u2013 Ukrainian drones struck targets across Russia.");

        assertThat(events).extracting(Event::location).containsExactly("Russia");
    }

    @Test
    void forcesAdvancingNearATownAttackIt() {
        assertThat(events("Ukrainian units are advancing near Sudzha, the commander said."))
            .extracting(Event::type, Event::location).containsExactly(tuple(EventType.Attack, "Sudzha"));
    }

    @Test
    void aSentenceTellingTwoKindsOfEventGivesBoth() {
        assertThat(events("Months after the assault on the town began, Sudzha has now been captured by Russians."))
            .extracting(Event::type).containsExactlyInAnyOrder(EventType.Attack, EventType.TerritorialChange);
        assertThat(events("Drones hit a school occupied by Russian conscripts in Sudzha.")).extracting(Event::type)
            .containsExactly(EventType.Attack);
    }

    @Test
    void theSameTollRetoldUnderAnotherHeadingIsOneEvent() {
        List<Event> events = events(String.join("\n\n",
            "Russian drones struck Kharkiv overnight, killing three people.",
            "Air Defence Destroys Russian Shahed Drones Across Several Regions",
            "The Russian attack left three people dead in Kharkiv Oblast."));

        assertThat(events).extracting(Event::type, Event::killed).containsExactly(tuple(EventType.Attack, 3));
    }

    @Test
    void aPlaceTheEventAimsAtIsNotWhereItHappened() {
        assertThat(events("Russia has concentrated forces in Kursk Oblast to attack Sudzha, the border guard said."))
            .extracting(Event::type, Event::location).containsExactly(tuple(EventType.Deployment, "Kursk Oblast"));
        assertThat(events("Russia deployed troops in Kursk Oblast. It gathered enough men there to attack Sudzha."))
            .extracting(Event::type, Event::location).containsExactly(tuple(EventType.Deployment, "Kursk Oblast"));
    }

    @Test
    void theSameInjuredCountNamesTheSameAttack() {
        List<Event> events = events("June 4, 2023 9:00 AM\n"
            + "A missile hit Sudzha on June 3, killing a boy and injuring 22 people.\n\n"
            + "Shelter Doors Stayed Shut All Night As The Strike Went On\n\n"
            + "The governor said Saturday's strike, which damaged two houses, injured 22 people.");

        assertThat(events).extracting(Event::type, Event::location, e -> e.date().iso())
            .containsExactly(tuple(EventType.Attack, "Sudzha", "2023-06-03"));
    }

    @Test
    void aDayBeatsTheMonthItFallsInWhenMentionsMerge() {
        List<Event> events = events("June 11, 2025 9:00 AM\n"
            + "Putin met Kim Jong Un in Sudzha, according to state television on 5 June. "
            + "Reuters reports that Putin met Kim Jong Un in Sudzha on 4 June.");

        assertThat(events).extracting(e -> e.date().iso()).containsExactly("2025-06-04");
    }

    @Test
    void aPlaceInAnotherSubjectAfterTheTriggerIsNotWhereItHappened() {
        assertThat(events("Drones struck Kursk Oblast overnight, though officials in Sudzha have not commented."))
            .extracting(Event::location).containsExactly("Kursk Oblast");
        assertThat(events("Russian strike in Sudzha kills 2, including a boy")).extracting(Event::location)
            .containsExactly("Sudzha");
        assertThat(events("Russian conscripts fighting in Sudzha surrendered to Ukrainian marines."))
            .extracting(Event::type, Event::location).containsExactly(tuple(EventType.Surrender, "Sudzha"));
    }

    @Test
    void aRevisedTollIsPlacedAndTakesTheShortSentenceAfterIt() {
        List<Event> events = events("June 4, 2024 7:45 AM\n"
            + "The number of those killed in the rocket strike on a school in Sudzha on Monday has risen to four, "
            + "the governor said. Nine people were hurt.");
        assertThat(events).extracting(Event::type, Event::location, Event::killed, Event::injured)
            .containsExactly(tuple(EventType.Attack, "Sudzha", 4, 9));
    }

    @Test
    void deathsMakeAnAttackOnlyWithTheirToll() {
        assertThat(events("Two more people have died in Sudzha since then, the governor added."))
            .extracting(Event::type, Event::killed).containsExactly(tuple(EventType.Attack, 2));
        assertThat(events("The deserter died in Sudzha while running from the police.")).isEmpty();
    }

    @Test
    void sitesNamedByACountrysAdjectiveAreInThatCountry() {
        assertThat(events("The war goes on in Russia and Ukraine. Ukraine hits Russian air bases before dawn."))
            .extracting(Event::type, Event::location).containsExactly(tuple(EventType.Attack, "Russia"));
    }

    @Test
    void aWordInTheNameOfAUnitTriggersNothing() {
        assertThat(events("Russian soldiers surrendered in Sudzha, Ukraine's Airborne Assault Forces said."))
            .extracting(Event::type).containsExactly(EventType.Surrender);
    }

    @Test
    void aTallySinceADateIsDatedByItsReportNotByThePeriodsStart() {
        List<Event> events = events("June 4, 2024 7:45 AM\n"
            + "The enemy has lost 41,000 servicemen near Sudzha since the incursion started in August, Moscow claims.");
        Event tally = events.stream().filter(e -> e.type() == EventType.Casualties).findFirst().orElseThrow();
        assertThat(tally.date().iso()).startsWith("2024-06");
    }

    @Test
    void aDaysTallyAndTheWarsTallyStayTwoReports() {
        List<Event> events = events("June 4, 2024 7:45 AM\n"
            + "Kyiv's units lost 250 soldiers near Sudzha in the last 24 hours, Moscow claimed. "
            + "In all, Kyiv's units have lost 7,000 soldiers near Sudzha, Moscow added.");
        assertThat(events).extracting(Event::type).containsExactly(EventType.Casualties, EventType.Casualties);
    }

    @Test
    void aMunitionThatFellIsAnAttackAndAPlaceThatFellIsNot() {
        assertThat(events("Two drones fell onto a bridge in Sudzha today, the governor said."))
            .extracting(Event::type, Event::location).containsExactly(tuple(EventType.Attack, "Sudzha"));
        assertThat(events("Troops have been fighting in Sudzha since fall 2024.")).isEmpty();
    }

    @Test
    void anArrestDatedInItsOwnSentenceNeedsNoNamedParty() {
        assertThat(events("June 11, 2025 9:00 AM\nIn May, a school caretaker was reportedly arrested over a scarf."))
            .extracting(Event::type, e -> e.date().iso()).containsExactly(tuple(EventType.Arrest, "2025-05"));
        assertThat(events("June 11, 2025 9:00 AM\nA school caretaker was reportedly arrested over a scarf.")).isEmpty();
    }
}
