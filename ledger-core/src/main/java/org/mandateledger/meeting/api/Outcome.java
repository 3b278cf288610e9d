package org.mandateledger.meeting.api;

/** What came of an agenda item at the meeting, as the delegate reports it. */
public enum Outcome {
    AGREED,
    NOT_AGREED,
    DEFERRED,
    NOTED
}
