package org.warkg.event;

import java.util.List;

/**
 * The events of one document.
 *
 * @param events the events, in order of first evidence
 */
public record Events(List<Event> events) {

    public Events {
        events = List.copyOf(events);
    }
}
