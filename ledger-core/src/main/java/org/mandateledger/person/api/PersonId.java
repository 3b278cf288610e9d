package org.mandateledger.person.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A person's server-issued identifier. */
public record PersonId(UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    public static PersonId next() {
        return new PersonId(UUID.randomUUID());
    }

    @JsonValue
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return "person:" + value;
    }
}
