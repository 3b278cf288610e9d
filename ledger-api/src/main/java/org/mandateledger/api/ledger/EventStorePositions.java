package org.mandateledger.api.ledger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Global positions in the event store (the JPA engine's global index, starting at 1). */
@Component
public class EventStorePositions {

    @PersistenceContext
    private EntityManager entityManager;

    /** The position of the newest stored event, 0 for an empty ledger. */
    @Transactional(readOnly = true)
    public long head() {
        Long head = entityManager.createQuery("select max(e.globalIndex) from DomainEventEntry e", Long.class).getSingleResult();
        return head == null ? 0 : head;
    }

    /** The highest position among the given events, or the head when there are none. */
    @Transactional(readOnly = true)
    public long lastOf(List<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return head();
        }
        Long last = entityManager.createQuery(
                        "select max(e.globalIndex) from DomainEventEntry e where e.eventIdentifier in :ids", Long.class)
                .setParameter("ids", eventIdentifiers)
                .getSingleResult();
        return last == null ? head() : last;
    }

    /** The position of the newest event of an aggregate, or the head when it has none. */
    @Transactional(readOnly = true)
    public long lastOfAggregate(String aggregateIdentifier) {
        Long last = entityManager.createQuery(
                        "select max(e.globalIndex) from DomainEventEntry e where e.aggregateIdentifier = :id", Long.class)
                .setParameter("id", aggregateIdentifier)
                .getSingleResult();
        return last == null ? head() : last;
    }

    /** Whether an event is stored (and committed) at any of the given positions. */
    @Transactional(readOnly = true)
    public boolean anyStoredAt(Collection<Long> positions) {
        return !entityManager.createQuery("select e.globalIndex from DomainEventEntry e where e.globalIndex in :positions", Long.class)
                .setParameter("positions", positions)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Transactional(readOnly = true)
    public long count() {
        return entityManager.createQuery("select count(e) from DomainEventEntry e", Long.class).getSingleResult();
    }
}
