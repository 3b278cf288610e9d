package org.mandateledger.api.webhook;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions and their delivery log as kept in the database. Every change a delivery makes names
 * the subscription's version it read: if the subscription changed meanwhile (resumed from another
 * position, deleted, or advanced by another instance), the change is not made and the delivery run
 * stops, so a position is never moved backwards or past an event by a run that no longer holds it.
 */
@Component
class WebhookSubscriptions {

    /** A version answered when the subscription changed under a delivery run. */
    static final long CHANGED = -1;

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional
    void add(WebhookSubscription subscription) {
        entityManager.persist(subscription);
    }

    @Transactional(readOnly = true)
    Optional<WebhookSubscription> find(String id) {
        return Optional.ofNullable(entityManager.find(WebhookSubscription.class, id));
    }

    /** Every subscription, by id, after the id {@code after} (or from the first), at most {@code max}. */
    @Transactional(readOnly = true)
    List<WebhookSubscription> list(String after, int max) {
        return entityManager.createQuery("select s from WebhookSubscription s where s.id > :after order by s.id", WebhookSubscription.class)
                .setParameter("after", after == null ? "" : after).setMaxResults(max).getResultList();
    }

    /** The subscriptions with something to do: active, not waiting for a retry, and behind the head of the ledger. */
    @Transactional(readOnly = true)
    List<String> due(Instant now, long head) {
        return entityManager.createQuery("select s.id from WebhookSubscription s where s.state = :active"
                        + " and (s.nextAttemptAt is null or s.nextAttemptAt <= :now) and s.acknowledgedPosition < :head order by s.id", String.class)
                .setParameter("active", WebhookState.ACTIVE).setParameter("now", now).setParameter("head", head)
                .getResultList();
    }

    @Transactional
    long delivered(String id, long version, long position, WebhookAttempt attempt) {
        WebhookSubscription subscription = current(id, version);
        if (subscription == null) {
            return CHANGED;
        }
        subscription.delivered(position, attempt.attemptedAt(), attempt.status());
        entityManager.persist(attempt);
        entityManager.flush();
        return subscription.version();
    }

    @Transactional
    long failed(String id, long version, long acknowledged, WebhookAttempt attempt, Instant retryAt, Duration giveUpAfter) {
        WebhookSubscription subscription = current(id, version);
        if (subscription == null) {
            return CHANGED;
        }
        subscription.failed(acknowledged, attempt.attemptedAt(), attempt.status(), attempt.error(), retryAt, giveUpAfter);
        entityManager.persist(attempt);
        entityManager.flush();
        return subscription.version();
    }

    @Transactional
    long passedOver(String id, long version, long position) {
        WebhookSubscription subscription = current(id, version);
        if (subscription == null) {
            return CHANGED;
        }
        subscription.passedOver(position);
        entityManager.flush();
        return subscription.version();
    }

    /**
     * Resumes the subscription from the event after {@code acknowledged}, or (if {@code null}) from where it stands,
     * read in this transaction; empty if there is no such subscription.
     */
    @Transactional
    Optional<WebhookSubscription> resume(String id, Long acknowledged) {
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, id);
        if (subscription == null) {
            return Optional.empty();
        }
        subscription.resume(acknowledged == null ? subscription.acknowledgedPosition() : acknowledged);
        entityManager.flush();
        return Optional.of(subscription);
    }

    /** Deletes the subscription and its delivery log; answers whether there was one. */
    @Transactional
    boolean delete(String id) {
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, id);
        if (subscription == null) {
            return false;
        }
        entityManager.createQuery("delete from WebhookAttempt a where a.subscriptionId = :id").setParameter("id", id).executeUpdate();
        entityManager.remove(subscription);
        return true;
    }

    /** The subscription's delivery log, newest first, before the attempt {@code before} (or from the newest), at most {@code max}. */
    @Transactional(readOnly = true)
    List<WebhookAttempt> attempts(String id, Long before, int max) {
        return entityManager.createQuery("select a from WebhookAttempt a where a.subscriptionId = :id and a.id < :before order by a.id desc",
                        WebhookAttempt.class)
                .setParameter("id", id).setParameter("before", before == null ? Long.MAX_VALUE : before).setMaxResults(max).getResultList();
    }

    @Transactional
    int purgeAttempts(Instant before) {
        return entityManager.createQuery("delete from WebhookAttempt a where a.attemptedAt < :before").setParameter("before", before)
                .executeUpdate();
    }

    private WebhookSubscription current(String id, long version) {
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, id);
        return subscription == null || subscription.version() != version ? null : subscription;
    }
}
