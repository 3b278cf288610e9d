package org.mandateledger.projections.meeting;

import java.time.Instant;
import java.util.UUID;

public record MeetingView(UUID id, String forum, Instant startsAt, String title) {
}
