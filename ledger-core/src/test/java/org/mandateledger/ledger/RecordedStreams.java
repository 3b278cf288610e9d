package org.mandateledger.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

/**
 * Test support: an in-memory event store to which a test appends events, each stamped with the
 * instant it says, in per-aggregate sequence — the streams a reader of the event store sees.
 */
public final class RecordedStreams implements AutoCloseable {

    private final EventStore eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final Map<String, Long> sequences = new HashMap<>();
    private final Clock previousClock = GenericEventMessage.clock;

    public EventStore eventStore() {
        return eventStore;
    }

    /** Appends {@code payload} to the stream of {@code aggregate} as recorded at {@code at}. */
    public RecordedStreams at(Instant at, String aggregate, Object payload) {
        long sequence = sequences.merge(aggregate, 0L, (previous, ignored) -> previous + 1);
        eventStore.publish(new GenericDomainEventMessage<>("Test", aggregate, sequence, payload, Map.of(), UUID.randomUUID().toString(), at));
        return this;
    }

    /** Sets the ledger's clock (what {@link LedgerClock#now()} answers) until {@link #close()}. */
    public RecordedStreams now(Instant now) {
        GenericEventMessage.clock = Clock.fixed(now, ZoneOffset.UTC);
        return this;
    }

    @Override
    public void close() {
        GenericEventMessage.clock = previousClock;
    }
}
