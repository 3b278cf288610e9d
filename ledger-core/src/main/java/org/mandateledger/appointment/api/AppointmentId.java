package org.mandateledger.appointment.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** An appointment's server-issued identifier. */
public record AppointmentId(UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AppointmentId {
        Objects.requireNonNull(value, "appointment id");
    }

    public static AppointmentId next() {
        return new AppointmentId(UUID.randomUUID());
    }

    @JsonValue
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return "appointment:" + value;
    }
}
