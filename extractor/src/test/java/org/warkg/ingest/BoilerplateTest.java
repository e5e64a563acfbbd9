package org.warkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.warkg.resources.ResourceLines;

class BoilerplateTest {

    private static final String FOLDER = "org/warkg/ingest/boilerplate/";
    private final Boilerplate boilerplate = Boilerplate.standard();

    @Test
    void everyIndexedFileHasPatternsThatCompile() {
        List<String> files = ResourceLines.read(FOLDER + "index.txt");

        assertThat(files).contains("general.txt").hasSizeGreaterThan(1);
        for (String file : files) {
            List<String> patterns = ResourceLines.read(FOLDER + file);
            assertThat(patterns).as(file).isNotEmpty();
            patterns.forEach(p -> assertThatCode(() -> Pattern.compile(p)).as(file + ": " + p)
                .doesNotThrowAnyException());
        }
    }

    @Test
    void generalAndSitePatternsAreBothApplied() {
        assertThat(boilerplate.matches("  Sign in ")).isTrue();
        assertThat(boilerplate.matches("7 min read")).isTrue();
        assertThat(boilerplate.matches("Visa MasterCard")).isTrue();
        assertThat(boilerplate.matches("Hier \u2014 3 mars 2024")).isTrue();
    }

    @Test
    void newsTextIsNotFurniture() {
        assertThat(boilerplate.matches("Officials in Mykolaiv said two ferries were damaged overnight.")).isFalse();
        assertThat(boilerplate.matches("Culture ministers met in Warsaw on Friday.")).isFalse();
    }
}
