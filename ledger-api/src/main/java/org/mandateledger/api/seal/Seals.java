package org.mandateledger.api.seal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.mandateledger.verify.Checkpoint;
import org.springframework.stereotype.Component;

/** The Merkle log's leaves and signed checkpoints as kept in the database. */
@Component
class Seals {

    @PersistenceContext
    private EntityManager entityManager;

    /** Appends the leaf for the event at {@code position}, unless it is sealed already; answers whether it appended. */
    boolean append(long position, byte[] leafHash) {
        boolean sealed = !entityManager.createQuery("select s.leaf from SealEntry s where s.position = :position", Long.class)
                .setParameter("position", position).getResultList().isEmpty();
        if (sealed) {
            return false;
        }
        entityManager.persist(new SealEntry(nextLeaf(), position, HexFormat.of().formatHex(leafHash), Instant.now()));
        return true;
    }

    /** The next leaf number: one past the highest (an index lookup, where a count would read every row). */
    long nextLeaf() {
        Long highest = entityManager.createQuery("select max(s.leaf) from SealEntry s", Long.class).getSingleResult();
        return highest == null ? 0 : highest + 1;
    }

    long count() {
        return entityManager.createQuery("select count(s) from SealEntry s", Long.class).getSingleResult();
    }

    /** The leaves from {@code from} (included) on, at most {@code max}, in leaf order. */
    List<SealEntry> leaves(long from, int max) {
        return entityManager.createQuery("select s from SealEntry s where s.leaf >= :from order by s.leaf", SealEntry.class)
                .setParameter("from", from).setMaxResults(max).getResultList();
    }

    /** The leaf hashes of the first {@code size} leaves, as sealed. */
    List<byte[]> leafHashes(long size) {
        return entityManager.createQuery("select s.leafHash from SealEntry s where s.leaf < :size order by s.leaf", String.class)
                .setParameter("size", size).getResultStream().map(HexFormat.of()::parseHex).toList();
    }

    void keep(Checkpoint checkpoint) {
        entityManager.persist(new CheckpointEntry(checkpoint));
    }

    Optional<Checkpoint> latestCheckpoint() {
        return entityManager.createQuery("select c from CheckpointEntry c order by c.size desc", CheckpointEntry.class)
                .setMaxResults(1).getResultStream().findFirst().map(CheckpointEntry::checkpoint);
    }

    /** Checkpoints by size, after {@code afterSize}, at most {@code max}. */
    List<Checkpoint> checkpoints(long afterSize, int max) {
        return entityManager.createQuery("select c from CheckpointEntry c where c.size > :after order by c.size", CheckpointEntry.class)
                .setParameter("after", afterSize).setMaxResults(max).getResultStream().map(CheckpointEntry::checkpoint).toList();
    }
}
