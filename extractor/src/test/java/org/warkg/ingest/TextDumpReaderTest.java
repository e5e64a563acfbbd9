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
            "by The Example news desk June 4, 2024 3:19 AM 2 min read",
            "Support independent journalism in Ukraine. Join us in this fight.",
            "Drones struck a fuel depot in Kharkiv overnight, the mayor said.",
            "Read also: Russian missile strike on Odesa kills two, injures 15",
            "RELATED: Ukraine downs Su-34 jet over Donetsk Oblast",
            "* indicates required",
            "Please, enter correct email address");
        SourceDocument doc = reader.read("a.txt", "a.txt", page);

        assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 6, 4));
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
            "Ukrainian forces are attacking near the village, a blogger said today.",
            "23:00 , Jane Roe",
            "Air defence was active over the city tonight, the governor said.",
            "Sunday 4 June 2023 22:18 , Jane Roe",
            "A drone fell on a highway, the governor said.");
        SourceDocument doc = reader.read("b.txt", "b.txt", blog);

        assertThat(doc.stories()).hasSize(3);
        assertThat(doc.stories().get(0).date()).isEqualTo(LocalDate.of(2023, 6, 5));
        assertThat(doc.stories().get(1).date()).isEqualTo(LocalDate.of(2023, 6, 4));
        assertThat(doc.stories().get(2).date()).isEqualTo(LocalDate.of(2023, 6, 4));
    }

    @Test
    void givesEachStoryOfAFeedPageItsHeadlineAndDate() throws IngestException {
        String feed = String.join("\n",
            "North Korea to send more troops to Russia",
            "17 juin 2025 à 08:13",
            "North Korea has decided to send at least 6,000 more of its military personnel to Russia.",
            "Ukrainian airstrike levels Russian military facility",
            "12 juin 2025 à 07:22",
            "Ukrainian Air Force jets destroyed a building in Kursk Oblast.");
        SourceDocument doc = reader.read("c.txt", "c.txt", feed);

        assertThat(doc.stories()).hasSize(2);
        assertThat(doc.published()).isEqualTo(LocalDate.of(2025, 6, 17));
        Story second = doc.stories().get(1);
        assertThat(second.date()).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(doc.text().substring(second.headline().start(), second.headline().end()))
            .isEqualTo("Ukrainian airstrike levels Russian military facility");
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
            "Serbian President Visits Ukraine for the First Time",
            "The president traveled to the port city today to attend a summit."));
        assertThat(doc.stories()).hasSize(2);
        assertThat(doc.stories().get(1).headline()).isNotNull();
    }

    @Test
    void aFeedEntryOpensAtItsBulletedHeadline() throws IngestException {
        String feed = String.join("\n",
            "  \u2022 North Korea to send more troops to Russia",
            "    North Korea has decided to send at least 6,000 more of its military personnel to Rus",
            "North Korea to send more troops to Russia",
            "17 juin 2025 \u00e0 08:13",
            "North Korea has decided to send at least 6,000 more of its military personnel to Russia.",
            "  \u2022 Ukrainian airstrike levels Russian military facility",
            "    Ukrainian Air Force jets destroyed a building in Kursk Oblast with four precision bo",
            "Ukrainian airstrike levels Russian military facility",
            "12 juin 2025 \u00e0 07:22",
            "Ukrainian Air Force jets destroyed a building in Kursk Oblast with four precision bombs.");
        SourceDocument doc = reader.read("f.txt", "f.txt", feed);

        assertThat(doc.stories()).hasSize(2);
        Story second = doc.stories().get(1);
        assertThat(second.date()).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(blockTexts(doc, second)).first()
            .isEqualTo("\u2022 Ukrainian airstrike levels Russian military facility");
        assertThat(blockTexts(doc, doc.stories().get(0))).noneMatch(t -> t.contains("airstrike"));
    }

    @Test
    void aLongHeadlineWithoutPunctuationIsNotAKeywordLine() throws IngestException {
        String headline = "Russian soldier recorded launching grenade at residential building in retaken Kursk town";
        SourceDocument doc = reader.read("g.txt", "g.txt", String.join("\n", headline,
            "russian soldier grenade launcher residential building kursk oblast town video footage astra",
            "A Russian soldier was seen firing a grenade launcher at a residential building in Sudzha."));

        assertThat(blockTexts(doc, doc.stories().get(0))).containsExactly(headline,
            "A Russian soldier was seen firing a grenade launcher at a residential building in Sudzha.");
    }
}
