package org.mandateledger.meeting.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ActionCompleted(MeetingId meeting, ActionId action, String note) {
}
