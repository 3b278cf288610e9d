package org.mandateledger.api.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.mandateledger.api.problem.InvalidRequestException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.security.CurrentUser;
import org.mandateledger.api.security.LedgerUser;
import org.mandateledger.projections.paging.Page;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /events}: every event once, in strictly increasing positions, read straight from the
 * event store. A caller sees the events within their reach (reference data, and the events of the
 * confederations they reach), redacted for their role ({@link FeedRedaction}).
 */
@RestController
@RequestMapping("/api/v1")
class EventFeedController {

    record Aggregate(String type, String id) {
    }

    record FeedEvent(long position, String id, String type, Aggregate aggregate, long sequence, Instant occurredAt, JsonNode payload) {
    }

    record Feed(List<FeedEvent> events, String next) {
    }

    /** A position missing this long after the one that follows it was stored belongs to a transaction that never committed. */
    static final Duration GAP_WAIT = Duration.ofSeconds(10);
    /** The most events one request reads past, so a caller who reaches few confederations cannot make it scan the whole store. */
    static final int MAX_SCANNED = 10_000;

    private final EventStorageEngine storage;
    private final JsonMapper json;
    private final FeedRedaction redaction;
    private final EventConfederations confederations;

    EventFeedController(EventStorageEngine storage, JsonMapper json, FeedRedaction redaction, EventConfederations confederations) {
        this.storage = storage;
        this.json = json;
        this.redaction = redaction;
        this.confederations = confederations;
    }

    @GetMapping("/events")
    @Transactional(readOnly = true)
    Feed events(@RequestParam(defaultValue = "0") long after, @RequestParam(required = false) Integer limit) {
        if (after < 0) {
            throw InvalidRequestException.field("after", "a position is 0 or more");
        }
        int max = Requests.parse("limit", () -> Page.limit(limit));
        LedgerUser user = CurrentUser.get();
        TrackingToken from = after == 0 ? null : GapAwareTrackingToken.newInstance(after, List.of());
        List<FeedEvent> events = new ArrayList<>();
        long last = after;
        boolean more = false;
        int scanned = 0;
        Instant gapsSettledBefore = Instant.now().minus(GAP_WAIT);
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(from, false)) {
            Iterator<? extends TrackedEventMessage<?>> read = stream.iterator();
            while (read.hasNext()) {
                if (events.size() == max || scanned == MAX_SCANNED) {
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
                scanned++;
                last = position;
                if (!(event instanceof DomainEventMessage<?> domain)) {
                    continue;
                }
                Optional<String> confederation = confederations.of(domain);
                if (confederation.isPresent() && !user.reaches(confederation.get())) {
                    continue;
                }
                JsonNode payload = redaction.redact(user.role(), domain.getPayload(), json.valueToTree(domain.getPayload()));
                events.add(new FeedEvent(last, domain.getIdentifier(), domain.getPayloadType().getSimpleName(),
                        new Aggregate(domain.getType(), naturalId(domain.getAggregateIdentifier())), domain.getSequenceNumber(),
                        domain.getTimestamp(),
                        payload));
            }
        }
        return new Feed(List.copyOf(events), more ? Long.toString(last) : null);
    }

    /** The aggregate's own id without the type prefix the event store keeps it under ({@code topic:access} is {@code access}). */
    private static String naturalId(String aggregateIdentifier) {
        int colon = aggregateIdentifier.indexOf(':');
        return colon < 0 ? aggregateIdentifier : aggregateIdentifier.substring(colon + 1);
    }
}
