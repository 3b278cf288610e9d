package org.mandateledger.meeting.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.mandateledger.forum.api.ForumSlug;

/** One sitting of a forum; it has started when the clock reaches {@code startsAt}. */
@Revision("1")
public record MeetingScheduled(MeetingId id, ForumSlug forum, Instant startsAt, String title) {
}
