package org.warkg.event;

/** The event types of the record format. */
public enum EventType {
    Attack, Interception, Deployment, TerritorialChange, Meeting(true), Agreement(true), Arrest(true),
    Surrender, Casualties, Sanction(true);

    private final boolean betweenParties;

    EventType() {
        this(false);
    }

    EventType(boolean betweenParties) {
        this.betweenParties = betweenParties;
    }

    /**
     * Whether the event is defined by who takes part rather than where it strikes:
     * a meeting, agreement, arrest or sanction naming its parties is told apart from
     * talk in general even without a place.
     */
    public boolean betweenParties() {
        return betweenParties;
    }
}
