package org.warkg.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warkg.record.DocumentRecord;
import org.warkg.record.EntityRecord;

/** Runs the shipped extractor end to end on small files; checks that it runs, not its accuracy. */
class ExtractorTest {

    private static Extractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        extractor = Extractor.standard();
    }

    @Test
    void extractsARecordFromATextDump() throws IOException {
        Path file = Files.writeString(dir.resolve("story.txt"), String.join("\n",
            "Skip to content",
            "Drones hit a substation near the Belgorod border, governor says",
            "by The Example news desk March 14, 2023 9:40 AM 3 min read",
            "Vyacheslav Gladkov, who governs Belgorod Oblast, said that Ukrainian drones struck a "
                + "substation of the grid in Shebekino overnight. A lineman suffered burns, he added.",
            "\"Crews have put the fire out,\" Gladkov wrote."));
        Outcome outcome = extractor.extract(file);

        assertThat(outcome.failed()).isFalse();
        DocumentRecord record = outcome.record();
        assertThat(record.doc()).isEqualTo("story.txt");
        assertThat(record.published()).isEqualTo("2023-03-14");
        EntityRecord gladkov = record.entities().stream().filter(e -> e.name().equals("Vyacheslav Gladkov"))
            .findFirst().orElseThrow();
        assertThat(gladkov.type()).isEqualTo("Person");
        assertThat(gladkov.aliases()).contains("Gladkov");
        EntityRecord oblast = record.entities().stream().filter(e -> e.name().equals("Belgorod Oblast"))
            .findFirst().orElseThrow();
        assertThat(oblast.knownAs()).as("gazetteer spellings, each case once").contains("Belgorod region")
            .doesNotContain("Belgorod Oblast", "Belgorod Region");
        assertThat(record.events()).anySatisfy(e -> assertThat(e.type()).isEqualTo("Attack"));
    }

    @Test
    void aFetchedPageIsKeyedByItsCanonicalUrlElseByWhereItCameFrom() {
        String body = "<html><head><title>Strike on a depot</title>%s</head><body><p>Officials in Zaporizhzhia"
            + " Oblast said a Russian missile hit a fuel depot near the city on Tuesday, and two guards were"
            + " hurt.</p></body></html>";
        String fetched = "https://news.example/feed-item?id=7";
        String canonical = "https://news.example/2024/06/04/depot-strike";
        Outcome declared = extractor.extract(fetched, String.format(body,
            "<link rel=\"canonical\" href=\"" + canonical + "\">").getBytes(StandardCharsets.UTF_8));
        Outcome plain = extractor.extract(fetched, String.format(body, "").getBytes(StandardCharsets.UTF_8));

        assertThat(declared.record().url()).isEqualTo(canonical);
        assertThat(plain.record().url()).isEqualTo(fetched);
        assertThat(plain.record().doc()).isEqualTo(fetched);
        assertThat(extractor.extract(fetched, new byte[] {0, 1, 2}).problem()).contains("binary");
    }

    @Test
    void skipsANonEnglishPage() throws IOException {
        Path file = Files.writeString(dir.resolve("uk.txt"), "Сили протиповітряної оборони вночі збили двадцять "
            + "безпілотників над Харківською областю, повідомив губернатор у своєму телеграм-каналі.");
        Outcome outcome = extractor.extract(file);

        assertThat(outcome.record()).isNull();
        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.problem()).contains("not English");
    }

    @Test
    void reportsABinaryFileAsFailedWithTheReason() throws IOException {
        Path file = Files.write(dir.resolve("x.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff});
        Outcome outcome = extractor.extract(file);

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.problem()).contains("binary");
    }
}
