package org.mandateledger.api.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.mandateledger.api.ledger.ProjectionProgress;
import org.mandateledger.api.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ledger's events as a reader may see them, in strictly increasing positions, read straight from
 * the event store: those within the reader's reach (reference data, and the events of the
 * confederations they reach), of the types they asked for, redacted for their role
 * ({@link FeedRedaction}). One reading for every route that hands events out: the event feed
 * ({@code GET /events}) and webhook deliveries.
 *
 * <p>No event is ever passed over: reading stops before a position that may still be committing (a
 * gap younger than {@link #GAP_WAIT}), and before an event the read models have not handled yet: they
 * say which confederation an event belongs to (a position recorded on an issue raised a moment ago)
 * and what a partner may see of it (an adopted statement), so a reader, or a receiver that is never
 * sent the event again, gets the same answer as everyone after them. While the read models are
 * rebuilt ({@code POST /admin/replay}) the feed waits for them.
 */
@Component
public class EventFeed {

    public record Aggregate(String type, String id) {
    }

    public record FeedEvent(long position, String id, String type, Aggregate aggregate, long sequence, Instant occurredAt, JsonNode payload) {
    }

    /**
     * Who reads: their role (for redaction), which confederations they reach, and which event types
     * they want ({@code null}: every type).
     */
    public record Reader(Role role, Predicate<String> reaches, Set<String> types) {
    }

    /**
     * What one reading found: the events, the last position read past ({@code after} if none), and
     * whether more may follow at once (a page limit, the scan limit, or a gap that may yet fill).
     */
    public record Batch(List<FeedEvent> events, long last, boolean more) {
    }

    /** A position missing this long after the one that follows it was stored belongs to a transaction that never committed. */
    public static final Duration GAP_WAIT = Duration.ofSeconds(10);

    private final EventStorageEngine storage;
    private final JsonMapper json;
    private final FeedRedaction redaction;
    private final EventConfederations confederations;
    private final ProjectionProgress progress;

    EventFeed(EventStorageEngine storage, JsonMapper json, FeedRedaction redaction, EventConfederations confederations,
              ProjectionProgress progress) {
        this.storage = storage;
        this.json = json;
        this.redaction = redaction;
        this.confederations = confederations;
        this.progress = progress;
    }

    /** At most {@code max} events after position {@code after}, reading past at most {@code maxScanned}. */
    @Transactional(readOnly = true)
    public Batch read(long after, int max, int maxScanned, Reader reader) {
        TrackingToken from = after == 0 ? null : GapAwareTrackingToken.newInstance(after, List.of());
        List<FeedEvent> events = new ArrayList<>();
        long last = after;
        boolean more = false;
        int scanned = 0;
        Instant gapsSettledBefore = Instant.now().minus(GAP_WAIT);
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> read = stream.iterator();
            while (read.hasNext()) {
                if (events.size() == max || scanned == maxScanned) {
                    more = true;
                    break;
                }
                TrackedEventMessage<?> event = read.next();
                long position = event.trackingToken().position().orElse(last + 1);
                if (position > last + 1 && event.getTimestamp().isAfter(gapsSettledBefore)) {
                    // An earlier position may still be committing: stop before the gap, so no event is ever passed over.
                    more = !events.isEmpty() || last > after;
                    break;
                }
                if (!progress.reached(position)) {
                    // Whose it is and what a partner may see of it are the read models' to say: stop until they have handled it.
                    more = !events.isEmpty() || last > after;
                    break;
                }
                Optional<String> confederation = event instanceof DomainEventMessage<?> domain ? confederations.of(domain) : Optional.empty();
                scanned++;
                last = position;
                if (!(event instanceof DomainEventMessage<?> domain)) {
                    continue;
                }
                if (confederation.isPresent() && !reader.reaches().test(confederation.get())) {
                    continue;
                }
                String type = domain.getPayloadType().getSimpleName();
                if (reader.types() != null && !reader.types().contains(type)) {
                    continue;
                }
                JsonNode payload = redaction.redact(reader.role(), domain.getPayload(), json.valueToTree(domain.getPayload()));
                events.add(new FeedEvent(last, domain.getIdentifier(), type,
                        new Aggregate(domain.getType(), naturalId(domain.getAggregateIdentifier())), domain.getSequenceNumber(),
                        domain.getTimestamp(), payload));
            }
        }
        return new Batch(List.copyOf(events), last, more);
    }

    /** The aggregate's own id without the type prefix the event store keeps it under ({@code topic:access} is {@code access}). */
    private static String naturalId(String aggregateIdentifier) {
        int colon = aggregateIdentifier.indexOf(':');
        return colon < 0 ? aggregateIdentifier : aggregateIdentifier.substring(colon + 1);
    }
}
