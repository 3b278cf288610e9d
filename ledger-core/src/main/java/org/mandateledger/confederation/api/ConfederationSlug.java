package org.mandateledger.confederation.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.mandateledger.ledger.Identifiers;

/** A confederation's natural key, e.g. {@code cheshire-east}. */
public record ConfederationSlug(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ConfederationSlug {
        Identifiers.requireSlug(value, "confederation");
    }

    @JsonValue
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return "confederation:" + value;
    }
}
