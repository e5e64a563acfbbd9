package org.warkg.event;

/** The event types of the record format. */
public enum EventType {
    Attack, Interception, Deployment, TerritorialChange, Meeting, Agreement, Arrest, Surrender, Casualties, Sanction
}
