package org.mandateledger.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.mandateledger.person.api.PersonId;

/** The briefed delegate acknowledges the brief's current version. */
public record AcknowledgeBrief(@TargetAggregateIdentifier MeetingId meeting, BriefId brief, PersonId delegate) {
}
