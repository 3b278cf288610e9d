package org.mandateledger.topic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.mandateledger.topic.api.TopicDefined;
import org.mandateledger.topic.api.TopicSlug;

/**
 * A topic's lineage read from the event store: the topic, then its parent, up to its root. A
 * topic's parent is fixed when it is defined (ADR 0006), so its first event is all that is read.
 */
public class EventStoreTopicLineage {

    /** Deeper than any real tree; a guard only, since the ledger never records a cycle. */
    private static final int MAX_DEPTH = 64;

    private final EventStore eventStore;

    public EventStoreTopicLineage(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The topic first, nearest ancestor next; just the topic when it is not recorded. */
    public List<TopicSlug> of(TopicSlug topic) {
        List<TopicSlug> lineage = new ArrayList<>();
        Set<TopicSlug> seen = new HashSet<>();
        TopicSlug current = topic;
        while (current != null && seen.add(current) && lineage.size() < MAX_DEPTH) {
            lineage.add(current);
            current = parentOf(current);
        }
        return List.copyOf(lineage);
    }

    private TopicSlug parentOf(TopicSlug topic) {
        DomainEventStream stream = eventStore.readEvents(topic.aggregateId());
        if (stream.hasNext() && stream.next().getPayload() instanceof TopicDefined defined) {
            return defined.parent();
        }
        return null;
    }
}
