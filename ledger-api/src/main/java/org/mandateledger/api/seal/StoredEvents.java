package org.mandateledger.api.seal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.mandateledger.verify.SealedEvent;
import org.springframework.stereotype.Component;

/** The event store's rows as stored: the bytes and strings a seal is computed from, never a deserialized message. */
@Component
class StoredEvents {

    private static final String SELECT = "select e.globalIndex, e.eventIdentifier, e.type, e.aggregateIdentifier, e.sequenceNumber,"
            + " e.payloadType, e.payloadRevision, e.timeStamp, e.payload, e.metaData from DomainEventEntry e";

    @PersistenceContext
    private EntityManager entityManager;

    /** One stored event. */
    record StoredEvent(long position, String identifier, String aggregateType, String aggregate, long sequence, String type,
                       String revision, String timestamp, byte[] payload, byte[] metadata) {

        SealedEvent sealed() {
            return SealedEvent.of(identifier, aggregateType, aggregate, sequence, type, revision, timestamp, payload, metadata);
        }
    }

    Optional<StoredEvent> byIdentifier(String identifier) {
        return entityManager.createQuery(SELECT + " where e.eventIdentifier = :identifier", Object[].class)
                .setParameter("identifier", identifier)
                .getResultStream().findFirst().map(StoredEvents::event);
    }

    /** The events the seals name, by position; a sealed event no longer stored is absent. */
    Map<Long, StoredEvent> sealedBy(List<SealEntry> seals) {
        List<Long> positions = seals.stream().map(SealEntry::position).toList();
        if (positions.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery(SELECT + " where e.globalIndex in :positions", Object[].class)
                .setParameter("positions", positions)
                .getResultStream().map(StoredEvents::event)
                .collect(Collectors.toMap(StoredEvent::position, event -> event));
    }

    /** Every stored event's position, in order (events at any position, even 0 or below, are the ledger's). */
    List<Long> positions() {
        return entityManager.createQuery("select e.globalIndex from DomainEventEntry e order by e.globalIndex", Long.class).getResultList();
    }

    long count() {
        return entityManager.createQuery("select count(e) from DomainEventEntry e", Long.class).getSingleResult();
    }

    long head() {
        Long head = entityManager.createQuery("select max(e.globalIndex) from DomainEventEntry e", Long.class).getSingleResult();
        return head == null ? 0 : head;
    }

    private static StoredEvent event(Object[] row) {
        return new StoredEvent((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (Long) row[4], (String) row[5],
                (String) row[6], (String) row[7], (byte[]) row[8], (byte[]) row[9]);
    }
}
