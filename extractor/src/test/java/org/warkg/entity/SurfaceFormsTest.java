package org.warkg.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurfaceFormsTest {

    @Test
    void anOwnedNameIsAlsoWrittenBare() {
        assertThat(SurfaceForms.bare("Belarus's KGB")).contains("KGB");
        assertThat(SurfaceForms.bare("Moldova's Border Police")).contains("Border Police");
    }

    @Test
    void aNameWithoutAnOwnerHasNoBareForm() {
        assertThat(SurfaceForms.bare("Border Police")).isEmpty();
        assertThat(SurfaceForms.bare("Moldova's border")).isEmpty();
    }

    @Test
    void cleaningDropsThePossessiveAtTheEnd() {
        assertThat(SurfaceForms.clean("KGB\u2019s")).isEqualTo("KGB");
    }
}
