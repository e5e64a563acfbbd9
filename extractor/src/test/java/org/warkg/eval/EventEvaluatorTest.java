package org.warkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.warkg.record.DocumentRecord;
import org.warkg.record.EventRecord;

class EventEvaluatorTest {

    private static DocumentRecord doc(EventRecord... events) {
        return new DocumentRecord("1", "x.txt", null, null, null, null, null, null, null, List.of(), List.of(events),
            List.of());
    }

    private static EventEvaluator scoring(DocumentRecord prediction) {
        return new EventEvaluator(reference -> prediction);
    }

    @Test
    void matchesWhenDatesAgreeAndPlacesOrSentencesDo() {
        DocumentRecord gold = doc(
            GoldEvent.of("Attack").on("2024-03-02").at("Poltava").saying("Rockets struck a depot near Poltava.")
                .build(),
            GoldEvent.of("Attack").on("2024-03").at("Sumy").saying("A glide bomb fell on a Sumy school.").build());
        DocumentRecord pred = doc(
            GoldEvent.of("Attack").on("2024-03").at("Poltava Oblast").saying("Unrelated words.").build(),
            GoldEvent.of("Attack").on("2024-02-27").at("Sumy").saying("A glide bomb fell on a Sumy school.").build());
        EventEvaluator evaluator = scoring(pred);
        evaluator.evaluateSample(gold);

        assertThat(evaluator.counts()).containsEntry("event", new Counts(1, 2, 2))
            .containsEntry("event:Attack", new Counts(1, 2, 2));
    }

    @Test
    void sharedWordsAloneMatchWhenThePlacesDiffer() {
        String sentence = "Border guards detained two smugglers carrying drone parts.";
        DocumentRecord gold = doc(GoldEvent.of("Arrest").at("Chernihiv").saying(sentence).build());
        DocumentRecord pred = doc(GoldEvent.of("Arrest").at("Lviv").saying(sentence).build(),
            GoldEvent.of("Meeting").at("Chernihiv").saying(sentence).build());
        EventEvaluator evaluator = scoring(pred);
        evaluator.evaluateSample(gold);

        assertThat(evaluator.counts()).containsEntry("event", new Counts(1, 2, 1))
            .containsEntry("event:Meeting", new Counts(0, 1, 0));
    }

    @Test
    void theClosestPredictionTakesTheGoldEventOneToOne() {
        DocumentRecord gold = doc(GoldEvent.of("Interception").on("2024-05-09").at("Odesa").by("Air Force").build());
        DocumentRecord pred = doc(GoldEvent.of("Interception").at("Odesa").by("Navy").build(),
            GoldEvent.of("Interception").on("2024-05-09").at("Odesa").by("Ukrainian Air Force").build());
        EventEvaluator evaluator = scoring(pred);
        evaluator.evaluateSample(gold);

        assertThat(evaluator.counts()).containsEntry("event", new Counts(1, 2, 1));
        assertThat(evaluator.attributes()).containsEntry("agent", new Accuracy(1, 1))
            .containsEntry("date", new Accuracy(1, 1));
    }

    @Test
    void attributesAreJudgedOnlyWhereGoldGivesThem() {
        DocumentRecord gold = doc(
            GoldEvent.of("Attack").at("Kherson").killing(0).claimedBy("regional prosecutors", "not_stated").build(),
            GoldEvent.of("Attack").at("Nikopol").killing(null).claimedBy(null, null).build());
        DocumentRecord pred = doc(
            GoldEvent.of("Attack").at("Kherson").killing(null).claimedBy("Prosecutors", null).build(),
            GoldEvent.of("Attack").at("Nikopol").killing(4).claimedBy("the mayor", "verified").build());
        EventEvaluator evaluator = scoring(pred);
        evaluator.evaluateSample(gold);

        assertThat(evaluator.attributes()).isEqualTo(Map.of("killed", new Accuracy(0, 1),
            "location", new Accuracy(2, 2), "reportedBy", new Accuracy(1, 1), "verification", new Accuracy(1, 1)));
    }

    @Test
    void aMissingPredictionCountsEveryGoldEventAsMissed() {
        EventEvaluator evaluator = scoring(null);
        evaluator.evaluateSample(doc(GoldEvent.of("Sanction").on("2023").build()));
        evaluator.evaluateSample(doc(GoldEvent.of("Sanction").on("2024").build()));

        assertThat(evaluator.counts()).containsEntry("event", new Counts(0, 0, 2));
        assertThat(evaluator.attributes()).isEmpty();
    }
}
