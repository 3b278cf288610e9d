package org.mandateledger.meeting.api;

/** The confederation's answer to an outcome agreed under {@code NEGOTIATE}. */
public enum Decision {
    RATIFIED,
    REJECTED
}
