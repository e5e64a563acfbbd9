package org.warkg.eval;

import org.warkg.record.EventRecord;

/** Builds the few event fields a scoring test sets; the rest stay null. */
final class GoldEvent {

    private final String type;
    private String date;
    private String location;
    private String agent;
    private Integer killed;
    private String reportedBy;
    private String verification;
    private String evidence;

    private GoldEvent(String type) {
        this.type = type;
    }

    static GoldEvent of(String type) {
        return new GoldEvent(type);
    }

    GoldEvent on(String isoDate) {
        this.date = isoDate;
        return this;
    }

    GoldEvent at(String place) {
        this.location = place;
        return this;
    }

    GoldEvent by(String actor) {
        this.agent = actor;
        return this;
    }

    GoldEvent killing(Integer dead) {
        this.killed = dead;
        return this;
    }

    GoldEvent claimedBy(String claimant, String verified) {
        this.reportedBy = claimant;
        this.verification = verified;
        return this;
    }

    GoldEvent saying(String sentence) {
        this.evidence = sentence;
        return this;
    }

    EventRecord build() {
        return new EventRecord(null, type, date, null, location, null, agent, null, null, null, null, killed, null,
            null, null, reportedBy, null, verification, evidence, null, null);
    }
}
