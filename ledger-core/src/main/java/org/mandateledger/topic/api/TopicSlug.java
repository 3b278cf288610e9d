package org.mandateledger.topic.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.mandateledger.ledger.Identifiers;

/** A topic's natural key, e.g. {@code urgent-care}. */
public record TopicSlug(String value) implements Comparable<TopicSlug> {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public TopicSlug {
        Identifiers.requireSlug(value, "topic");
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The aggregate identifier in the shared event store. */
    public String aggregateId() {
        return "topic:" + value;
    }

    @Override
    public int compareTo(TopicSlug other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return aggregateId();
    }
}
