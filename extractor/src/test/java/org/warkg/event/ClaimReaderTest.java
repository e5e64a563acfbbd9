package org.warkg.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimReaderTest {

    private final ClaimReader claims = new ClaimReader();

    @Test
    void aClaimNobodyCouldCheckIsUnverifiedHoweverItIsWorded() {
        String claim = "The brigade said it destroyed three tanks near the river.";
        for (String comment : List.of("These figures could not be independently verified.",
                "The losses cannot be independently confirmed.", "Its account was not independently verified.",
                "It was not possible to verify the report.", "The tally remains unconfirmed.",
                "Neither side's figures have been confirmed by observers.")) {
            assertThat(claims.verification(claim, List.of(comment))).as(comment)
                .isEqualTo(Verification.UNVERIFIED);
        }
    }

    @Test
    void aClaimCheckedInSoManyWordsIsVerified() {
        assertThat(claims.verification("Footage of the strike was geolocated by analysts to the depot.", List.of()))
            .isEqualTo(Verification.VERIFIED);
        assertThat(claims.verification("The brigade said it destroyed three tanks.",
            List.of("The losses were independently verified by the monitors."))).isEqualTo(Verification.VERIFIED);
    }

    @Test
    void anUnconfirmedReportOfALaterSentenceSaysNothingOfAnEarlierClaim() {
        assertThat(claims.verification("The brigade said it destroyed three tanks.",
            List.of("Two days on, a depot burned near the city, according to unconfirmed reports.")))
            .isEqualTo(Verification.NOT_STATED);
    }

    @Test
    void aDenialDisputesTheClaim() {
        assertThat(claims.verification("The brigade said it destroyed three tanks.",
            List.of("The other side denied losing any armour."))).isEqualTo(Verification.DISPUTED);
        assertThat(claims.verification("The brigade said it destroyed three tanks.",
            List.of("An officer across the line called the numbers grossly inflated.")))
            .isEqualTo(Verification.DISPUTED);
        assertThat(claims.verification("Reports that gunners downed a jet over the bay were \"fake\", he said.",
            List.of())).isEqualTo(Verification.DISPUTED);
    }
}
