package org.warkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceCluesTest {

    private final SourceClues clues = SourceClues.standard();

    @Test
    void aLabelledUrlLineGivesTheUrlAndItsHostTheOutlet() {
        PageInfo page = clues.find(String.join("\n",
            "Ferry crossing shelled near the estuary",
            "Shelling hit a ferry crossing on Tuesday, the regional head said.",
            "Source: https://www.riverside-herald.example/2024/ferry-crossing."));

        assertThat(page.url()).isEqualTo("https://www.riverside-herald.example/2024/ferry-crossing");
        assertThat(page.outlet()).isEqualTo("riverside-herald.example");
    }

    @Test
    void aSourceLineThatIsNoValidIriGivesWayToALaterValidOne() {
        PageInfo page = clues.find(String.join("\n",
            "Source: https://bad.example/story\"onmouseover=\"x",
            "Grain silos burned after the night attack on the port, the governor said.",
            "Permalink: https://port-gazette.example/silos"));

        assertThat(page.url()).isEqualTo("https://port-gazette.example/silos");
    }

    @Test
    void aBareLinkToAPostIsNoArticleUrl() {
        PageInfo page = clues.find(String.join("\n",
            "A bridge span fell into the river after the strike, officials wrote.",
            "https://t.me/some_channel/4411"));

        assertThat(page.url()).isNull();
    }

    @Test
    void aKnownOutletInTheBylineIsThePublisher() {
        PageInfo page = clues.find(String.join("\n",
            "Skip to content",
            "Depot burns after night attack",
            "by Jane Roe for the Kyiv Independent, March 2, 2024 9:10 AM",
            "A depot burned for hours after the attack, Reuters reported."));

        assertThat(page.outlet()).isEqualTo("The Kyiv Independent");
    }

    @Test
    void anOutletCitedInRunningTextIsNotThePublisher() {
        PageInfo page = clues.find(String.join("\n",
            "Depot burns after night attack",
            "A depot burned for hours after the attack, according to a report by Sky News and local officials.",
            "Source: regional emergency service"));

        assertThat(page.outlet()).isNull();
    }

    @Test
    void anOutletSayingItCouldNotVerifyIsThePublisher() {
        PageInfo page = clues.find(String.join("\n",
            "Blog",
            "Troops crossed the river at two points overnight, the ministry said.",
            "The Independent has not verified the footage the ministry released. Kyiv has not commented.",
            "Shelling continued near the bridge, Reuters reported."));

        assertThat(page.outlet()).isEqualTo("The Independent");
        // A claim nobody is named as checking says nothing of the publisher.
        assertThat(clues.find("Shelling continued.\nThe claims have not been independently verified.").outlet())
            .isNull();
    }

    @Test
    void aMastheadOfTheUsualShapeNamesTheOutlet() {
        assertThat(clues.find("Skip to main content\nHARBOUR CITY GAZETTE\nWorld  Politics\nFerry hit").outlet())
            .isEqualTo("Harbour City Gazette");
        assertThat(clues.find("SITE | The Lakeside Ledger\nNews about the lake and beyond.").outlet())
            .isEqualTo("The Lakeside Ledger");
        assertThat(clues.find("Skip to content\nEdit post\nDepot burns after night attack").outlet()).isNull();
    }

    @Test
    void aFeedReadersSourceLineNamesTheEntrysFeed() {
        assertThat(clues.feedSource("  \u2022 \u2707Euromaidan Press")).isEqualTo("Euromaidan Press");
        assertThat(clues.feedSource("\u2022 \u2707 kyiv independent")).isEqualTo("The Kyiv Independent");
        assertThat(clues.feedSource("\u2022 Euromaidan Press")).isNull();
    }
}
