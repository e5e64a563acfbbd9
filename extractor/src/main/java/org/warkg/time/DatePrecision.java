package org.warkg.time;

/** How much of a date the text gives. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
