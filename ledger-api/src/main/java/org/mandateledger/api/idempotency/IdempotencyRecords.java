package org.mandateledger.api.idempotency;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The stored keys: claimed with a command's events, answered after, deleted once past retention. */
@Component
class IdempotencyRecords {

    @PersistenceContext
    private EntityManager entityManager;

    private final TransactionTemplate newTransaction;

    IdempotencyRecords(PlatformTransactionManager transactions) {
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records the key in the transaction already open, the one that records the command's events.
     * The insert is flushed at once: if another request holds the same key uncommitted, this waits
     * for it, and fails if it committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(IdempotentRequest request) {
        entityManager.persist(new IdempotencyRecord(request.id(), request.fingerprint(), Instant.now()));
        entityManager.flush();
    }

    /** The key as committed, read in a transaction of its own. */
    Optional<Stored> find(IdempotencyRecord.Id id) {
        return newTransaction.execute(status -> Optional.ofNullable(entityManager.find(IdempotencyRecord.class, id))
                .map(r -> new Stored(r.fingerprint(), r.recordedAt(), r.answer())));
    }

    /** Keeps the first answer given for a claimed key. */
    void answer(IdempotencyRecord.Id id, IdempotencyRecord.Answer answer) {
        newTransaction.executeWithoutResult(status -> {
            IdempotencyRecord record = entityManager.find(IdempotencyRecord.class, id);
            if (record != null && record.answer() == null) {
                record.answer(answer);
            }
        });
    }

    /**
     * Keeps the answer of a write that recorded no command (such as starting a replay). If another
     * request recorded the key meanwhile, its answer stands.
     */
    void recordAnswered(IdempotencyRecord.Id id, String fingerprint, IdempotencyRecord.Answer answer) {
        try {
            newTransaction.executeWithoutResult(status -> {
                IdempotencyRecord record = new IdempotencyRecord(id, fingerprint, Instant.now());
                record.answer(answer);
                entityManager.persist(record);
                entityManager.flush();
            });
        } catch (PersistenceException | org.springframework.dao.DataAccessException alreadyRecorded) {
            // The first request's key and answer stand.
        }
    }

    /** Deletes the keys recorded before the instant given; answers how many. */
    int deleteRecordedBefore(Instant instant) {
        Integer deleted = newTransaction.execute(status -> entityManager
                .createQuery("delete from IdempotencyRecord r where r.recordedAt < :instant")
                .setParameter("instant", instant)
                .executeUpdate());
        return deleted == null ? 0 : deleted;
    }

    /** A key as stored: the fingerprint of its request, when it was recorded, and its answer once given. */
    record Stored(String fingerprint, Instant recordedAt, IdempotencyRecord.Answer answer) {
    }
}
