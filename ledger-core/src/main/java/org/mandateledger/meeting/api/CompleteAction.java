package org.mandateledger.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An action picked up at the meeting is done. */
public record CompleteAction(@TargetAggregateIdentifier MeetingId meeting, ActionId action, String note) {
}
