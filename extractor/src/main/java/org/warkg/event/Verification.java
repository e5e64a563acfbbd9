package org.warkg.event;

/** What the text says about whether a claim was checked. */
public enum Verification {
    VERIFIED, UNVERIFIED, DISPUTED, NOT_STATED
}
