package org.mandateledger.meeting.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A meeting's server-issued identifier. */
public record MeetingId(UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MeetingId {
        Objects.requireNonNull(value, "meeting id");
    }

    public static MeetingId next() {
        return new MeetingId(UUID.randomUUID());
    }

    @JsonValue
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return "meeting:" + value;
    }
}
