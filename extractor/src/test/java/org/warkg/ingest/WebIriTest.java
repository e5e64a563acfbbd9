package org.warkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebIriTest {

    @Test
    void passesAbsoluteWebAddresses() {
        assertThat(WebIri.isValid("https://news.example/2024/05/strike?id=7#top")).isTrue();
        assertThat(WebIri.isValid("HTTP://NEWS.EXAMPLE/a")).isTrue();
        assertThat(WebIri.isValid("https://news.example/київ")).isTrue();
    }

    @Test
    void refusesMarkupSpacesBadEscapesAndOtherSchemes() {
        assertThat(WebIri.isValid("https://bad.example/a\"><script>x</script>")).isFalse();
        assertThat(WebIri.isValid("https://bad.example/a b")).isFalse();
        assertThat(WebIri.isValid("https://bad.example/%zz")).isFalse();
        assertThat(WebIri.isValid("https:no-host")).isFalse();
        assertThat(WebIri.isValid("/relative/path")).isFalse();
        assertThat(WebIri.isValid("javascript:alert(1)")).isFalse();
        assertThat(WebIri.isValid("ftp://files.example/a")).isFalse();
        assertThat(WebIri.isValid(null)).isFalse();
    }

    @Test
    void choosesTheFirstValidAddressElseTheFirstStated() {
        assertThat(WebIri.choose(null, "https://bad.example/<x>", "https://good.example/a"))
            .isEqualTo("https://good.example/a");
        assertThat(WebIri.choose("https://bad.example/<x>", null)).isEqualTo("https://bad.example/<x>");
        assertThat(WebIri.choose(null, null)).isNull();
    }
}
