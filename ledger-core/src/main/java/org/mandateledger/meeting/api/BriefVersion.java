package org.mandateledger.meeting.api;

/** What brief-delegate answers: the brief's id and the version just issued. */
public record BriefVersion(BriefId brief, int version) {
}
