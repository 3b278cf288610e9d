package org.mandateledger.forum.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.mandateledger.ledger.Identifiers;

/** A forum's natural key, e.g. {@code place-board}. */
public record ForumSlug(String value) implements Comparable<ForumSlug> {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public ForumSlug {
        Identifiers.requireSlug(value, "forum");
    }

    @JsonValue
    public String value() {
        return value;
    }

    public String aggregateId() {
        return "forum:" + value;
    }

    @Override
    public int compareTo(ForumSlug other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return aggregateId();
    }
}
