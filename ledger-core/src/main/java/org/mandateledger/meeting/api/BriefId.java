package org.mandateledger.meeting.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A brief's server-issued identifier: one per appointment and meeting, kept by every version. */
public record BriefId(UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public BriefId {
        Objects.requireNonNull(value, "brief id");
    }

    public static BriefId next() {
        return new BriefId(UUID.randomUUID());
    }

    @JsonValue
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
