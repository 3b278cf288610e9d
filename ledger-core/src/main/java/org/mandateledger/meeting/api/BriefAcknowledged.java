package org.mandateledger.meeting.api;

import org.axonframework.serialization.Revision;
import org.mandateledger.person.api.PersonId;

/** The delegate has read this version of the brief. */
@Revision("1")
public record BriefAcknowledged(MeetingId meeting, BriefId brief, int version, PersonId delegate) {
}
