package org.warkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextDumpReaderTest {

    private final TextDumpReader reader = new TextDumpReader(Boilerplate.standard(), new DatelineParser(),
        SourceClues.standard());

    private static List<String> blockTexts(SourceDocument doc, Story story) {
        return story.blocks().stream().map(b -> doc.text().substring(b.start(), b.end())).toList();
    }

    @Test
    void dropsSiteFurnitureAndKeepsTheArticle() throws IngestException {
        String page = String.join("\n",
            "Skip to content",
            "Subscribe",
            "Drones struck a depot in Kharkiv",
            "by The Example news desk July 8, 2024 5:26 AM 4 min read",
            "Support independent journalism from Kyiv. Join us now.",
            "Drones struck a fuel depot in Kharkiv overnight, the mayor said.",
            "Read also: Glide bombs hit Zaporizhzhia suburbs, two hurt",
            "RELATED: Ukraine downs Su-34 jet over Donetsk Oblast",
            "* indicates required",
            "Please enter a valid email");
        SourceDocument doc = reader.read("a.txt", "a.txt", page);

        assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 7, 8));
        assertThat(doc.stories()).hasSize(1);
        Story story = doc.stories().get(0);
        assertThat(blockTexts(doc, story)).containsExactly("Drones struck a depot in Kharkiv",
            "Drones struck a fuel depot in Kharkiv overnight, the mayor said.");
        assertThat(story.headline()).isNotNull();
        assertThat(doc.title()).isEqualTo("Drones struck a depot in Kharkiv");
    }

    @Test
    void splitsALiveBlogAndDatesTimeOnlyEntriesFromTheEntriesBelow() throws IngestException {
        String blog = String.join("\n",
            "08:16 , Jane Roe",
            "Marines are pushing toward the village, a blogger wrote today.",
            "23:00 , Jane Roe",
            "Air defence was active over the city tonight, the governor said.",
            "Monday 12 June 2023 21:05 , Jane Roe",
            "A drone came down on a road, the governor said.");
        SourceDocument doc = reader.read("b.txt", "b.txt", blog);

        assertThat(doc.stories()).hasSize(3);
        assertThat(doc.stories().get(0).date()).isEqualTo(LocalDate.of(2023, 6, 13));
        assertThat(doc.stories().get(1).date()).isEqualTo(LocalDate.of(2023, 6, 12));
        assertThat(doc.stories().get(2).date()).isEqualTo(LocalDate.of(2023, 6, 12));
    }

    @Test
    void givesEachStoryOfAFeedPageItsHeadlineAndDate() throws IngestException {
        String feed = String.join("\n",
            "Belarus moves more tanks to the border",
            "21 juin 2024 à 10:52",
            "Belarus has decided to move at least 40 more of its tanks toward the border.",
            "Ukrainian drone strike hits Russian oil depot",
            "15 juin 2024 à 18:04",
            "Ukrainian drones ignited a depot in Bryansk Oblast.");
        SourceDocument doc = reader.read("c.txt", "c.txt", feed);

        assertThat(doc.stories()).hasSize(2);
        assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 6, 21));
        Story second = doc.stories().get(1);
        assertThat(second.date()).isEqualTo(LocalDate.of(2024, 6, 15));
        assertThat(doc.text().substring(second.headline().start(), second.headline().end()))
            .isEqualTo("Ukrainian drone strike hits Russian oil depot");
    }

    @Test
    void dropsTheHeadlinesListedUnderALinkListHeading() throws IngestException {
        String page = String.join("\n",
            "Shelling damages a school in Nikopol",
            "Artillery fire damaged a school in Nikopol on Tuesday, the regional governor said.",
            "",
            "Popular this week",
            "",
            "Most read",
            "Sanctions on shipping firms widened by London",
            "Partisans claim rail sabotage near Melitopol",
            "",
            "Teachers moved the lessons online for the rest of the week.");
        SourceDocument doc = reader.read("b.txt", "b.txt", page);

        assertThat(doc.stories()).flatExtracting(story -> blockTexts(doc, story))
            .contains("Teachers moved the lessons online for the rest of the week.")
            .doesNotContain("Sanctions on shipping firms widened by London",
                "Partisans claim rail sabotage near Melitopol");
    }

    @Test
    void aFeedEntryTakesTheOutletItsSourceLineNames() throws IngestException {
        String feed = String.join("\n",
            "  \u2022 \u2707Harbour Wire",
            "  \u2022 Ferry crossing shelled near the estuary",
            "    Shelling hit a ferry crossing on Tuesday, the regional head said.",
            "Ferry crossing shelled near the estuary",
            "3 mars 2025 \u00e0 10:05",
            "Shelling hit a ferry crossing on Tuesday, the regional head said.",
            "  \u2022 \u2707The Kyiv Independent",
            "  \u2022 Rail depot burns after drone strike",
            "    A drone strike set fire to a rail depot, the operator said on Monday.",
            "Rail depot burns after drone strike",
            "2 mars 2025 \u00e0 18:40",
            "A drone strike set fire to a rail depot, the operator said on Monday.");
        SourceDocument doc = reader.read("f.txt", "f.txt", feed);

        assertThat(doc.stories()).extracting(Story::outlet).containsExactly("Harbour Wire", "The Kyiv Independent");
        assertThat(doc.outlet()).isNull();
        assertThat(String.join(" ", blockTexts(doc, doc.stories().get(0)))).doesNotContain("\u2707");
    }

    @Test
    void refusesAPageWithOnlyFurniture() {
        assertThatThrownBy(() -> reader.read("d.txt", "d.txt", "Subscribe\nSkip to content\nMenu\n"))
            .isInstanceOf(IngestException.class).hasMessageContaining("no article text");
    }

    @Test
    void aTitleCaseHeadlineStartsANewStory() throws IngestException {
        SourceDocument doc = reader.read("e.txt", "e.txt", String.join("\n",
            "Drones struck a depot in the city overnight, the mayor said.",
            "Croatian Premier Makes First Trip to Kyiv",
            "The premier arrived by train this morning for talks."));
        assertThat(doc.stories()).hasSize(2);
        assertThat(doc.stories().get(1).headline()).isNotNull();
    }

    @Test
    void aFeedEntryOpensAtItsBulletedHeadline() throws IngestException {
        String feed = String.join("\n",
            "  \u2022 Belarus moves more tanks to the border",
            "    Belarus has decided to move at least 40 more of its tanks toward the bor",
            "Belarus moves more tanks to the border",
            "21 juin 2024 \u00e0 10:52",
            "Belarus has decided to move at least 40 more of its tanks toward the border.",
            "  \u2022 Ukrainian drone strike hits Russian oil depot",
            "    Ukrainian drones ignited a depot in Bryansk Oblast with three long-range cr",
            "Ukrainian drone strike hits Russian oil depot",
            "15 juin 2024 \u00e0 18:04",
            "Ukrainian drones ignited a depot in Bryansk Oblast with three long-range craft.");
        SourceDocument doc = reader.read("f.txt", "f.txt", feed);

        assertThat(doc.stories()).hasSize(2);
        Story second = doc.stories().get(1);
        assertThat(second.date()).isEqualTo(LocalDate.of(2024, 6, 15));
        // The entry's headline without the feed's bullet.
        assertThat(blockTexts(doc, second)).first().isEqualTo("Ukrainian drone strike hits Russian oil depot");
        assertThat(blockTexts(doc, doc.stories().get(0))).noneMatch(t -> t.contains("drone strike"));
    }

    @Test
    void aTitleCaseLineOpeningThePageHeadsItsFirstStory() throws IngestException {
        String first = "Night Drone Raid on Sumy Leaves Two Dead and Dozens Hurt";
        SourceDocument doc = reader.read("h.txt", "h.txt", String.join("\n",
            "NEWS",
            first,
            "Drones hit two districts of Sumy overnight, the regional head said.",
            "Lithuanian Minister Pledges More Air Defence Aid",
            "The minister promised two more launchers during a visit to Kyiv."));

        assertThat(doc.stories()).hasSize(2);
        Story opening = doc.stories().get(0);
        assertThat(opening.headline()).isNotNull();
        assertThat(doc.text().substring(opening.headline().start(), opening.headline().end())).isEqualTo(first);
        // The page is titled by its first story, not by the first headline further down.
        assertThat(doc.title()).isEqualTo(first);
    }

    @Test
    void aLongHeadlineWithoutPunctuationIsNotAKeywordLine() throws IngestException {
        String headline = "Video shows tank crew firing at apartment block in recaptured Donbas village";
        SourceDocument doc = reader.read("g.txt", "g.txt", String.join("\n", headline,
            "tank crew apartment block donbas village video footage shelling frontline recaptured",
            "A tank crew was filmed firing at an apartment block in a recaptured village."));

        assertThat(blockTexts(doc, doc.stories().get(0))).containsExactly(headline,
            "A tank crew was filmed firing at an apartment block in a recaptured village.");
    }
}
