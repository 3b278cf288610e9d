package org.mandateledger.issue.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** An issue's server-issued identifier. */
public record IssueId(UUID value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public IssueId {
        Objects.requireNonNull(value, "issue id");
    }

    public static IssueId next() {
        return new IssueId(UUID.randomUUID());
    }

    @JsonValue
    public UUID value() {
        return value;
    }

    @Override
    public String toString() {
        return "issue:" + value;
    }
}
