package org.mandateledger.meeting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.mandateledger.issue.api.IssueId;

/** The confederation ratifies or rejects an outcome agreed under {@code NEGOTIATE}. */
public record RatifyOutcome(@TargetAggregateIdentifier MeetingId meeting, BriefId brief, IssueId issue, Decision decision, String note) {
}
