package org.warkg.quantity;

/**
 * How many drones, missiles or bombs an attack sent and how many of them air
 * defence brought down, as the text counts them.
 *
 * @param launched how many were launched, or null
 * @param downed   how many were shot down or jammed, or null
 */
public record Munitions(Integer launched, Integer downed) {

    /** No count given. */
    public static final Munitions NONE = new Munitions(null, null);

    /** Whether the text gave either count. */
    public boolean counted() {
        return launched != null || downed != null;
    }

    /** These counts, with gaps filled from the other's. */
    public Munitions or(Munitions other) {
        return new Munitions(launched != null ? launched : other.launched, downed != null ? downed : other.downed);
    }
}
