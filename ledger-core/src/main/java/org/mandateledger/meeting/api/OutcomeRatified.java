package org.mandateledger.meeting.api;

import org.axonframework.serialization.Revision;
import org.mandateledger.issue.api.IssueId;

/** The confederation's decision on an outcome agreed under {@code NEGOTIATE}: it binds once {@code RATIFIED}. */
@Revision("1")
public record OutcomeRatified(MeetingId meeting, BriefId brief, IssueId issue, Decision decision, String note) {
}
