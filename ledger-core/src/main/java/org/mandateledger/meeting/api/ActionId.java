package org.mandateledger.meeting.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** An action's server-issued identifier. */
public record ActionId(UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ActionId {
        Objects.requireNonNull(value, "action id");
    }

    public static ActionId next() {
        return new ActionId(UUID.randomUUID());
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
