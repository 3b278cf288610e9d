package org.mandateledger.confederation.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A mandate's server-issued identifier. */
public record MandateId(UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public MandateId {
        Objects.requireNonNull(value, "mandate id");
    }

    public static MandateId next() {
        return new MandateId(UUID.randomUUID());
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
