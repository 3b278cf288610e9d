package org.mandateledger.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a personal value is kept in the personal data vault. Events hold this reference, never the
 * value, so that erasing the value leaves every sealed event as it was (ADR 0016).
 */
public record PersonalDataRef(UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public PersonalDataRef {
        Objects.requireNonNull(value, "personal data reference");
    }

    @JsonValue
    public UUID value() {
        return value;
    }
}
