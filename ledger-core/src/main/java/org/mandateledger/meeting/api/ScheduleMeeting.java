package org.mandateledger.meeting.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.mandateledger.forum.api.ForumSlug;

public record ScheduleMeeting(@TargetAggregateIdentifier MeetingId id, ForumSlug forum, Instant startsAt, String title) {
}
