package org.mandateledger.api.seal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mandateledger.verify.Checkpoint;
import org.mandateledger.verify.MerkleTree;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the ledger's seal from the stored events and compares it with the seal log and every
 * signed checkpoint, answering the first position that fails and why:
 * <ul>
 * <li>{@code EVENT_ALTERED}: the stored event no longer hashes to its seal (an edited payload,
 * timestamp or metadata; events swapped);</li>
 * <li>{@code EVENT_MISSING}: a sealed event is no longer in the event store (deleted);</li>
 * <li>{@code EVENT_UNREADABLE}: its payload or metadata is no longer JSON;</li>
 * <li>{@code LEAF_MISSING}: the seal log skips a leaf;</li>
 * <li>{@code UNSEALED}: an event older than {@code ledger.seal.seal-within} was never sealed (inserted behind the sealer's back);</li>
 * <li>{@code CHECKPOINT_MISMATCH}: the leaves no longer give a signed root (the seal log itself was edited);</li>
 * <li>{@code TRUNCATED}: a signed checkpoint covers more events than the ledger holds;</li>
 * <li>{@code SIGNATURE_INVALID}: a checkpoint is not signed by the ledger's key.</li>
 * </ul>
 */
@Component
class LedgerVerification {

    private static final int CHUNK = 1000;

    private final StoredEvents events;
    private final Seals seals;
    private final SigningKey key;
    private final SealProperties settings;

    LedgerVerification(StoredEvents events, Seals seals, SigningKey key, SealProperties settings) {
        this.events = events;
        this.seals = seals;
        this.key = key;
        this.settings = settings;
    }

    /** Where the ledger first fails: its position in the event store (when known), its leaf, and why. */
    record Invalid(Long position, Long leaf, String reason) {
    }

    /** The answer of {@code GET /ledger/verify}. */
    record Result(boolean valid, long events, long head, long sealed, long checkpoints, Invalid firstInvalid) {
    }

    @Transactional(readOnly = true)
    public Result verify() {
        long count = events.count();
        long head = events.head();
        List<byte[]> leaves = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        Set<Long> sealed = new HashSet<>();
        Invalid first = null;
        for (List<SealEntry> chunk = seals.leaves(0, CHUNK); !chunk.isEmpty(); chunk = seals.leaves(leaves.size(), CHUNK)) {
            Map<Long, StoredEvents.StoredEvent> stored = new HashMap<>();
            for (SealEntry seal : chunk) {
                stored.put(seal.position(), null);
            }
            long from = chunk.stream().mapToLong(SealEntry::position).min().orElseThrow();
            long to = chunk.stream().mapToLong(SealEntry::position).max().orElseThrow();
            for (StoredEvents.StoredEvent event : events.between(from, to)) {
                if (stored.containsKey(event.position())) {
                    stored.put(event.position(), event);
                }
            }
            for (SealEntry seal : chunk) {
                long leaf = leaves.size();
                if (seal.leaf() != leaf) {
                    first = earliest(first, new Invalid(seal.position(), leaf, "LEAF_MISSING: the seal log goes from leaf " + (leaf - 1)
                            + " to leaf " + seal.leaf()));
                    return result(count, head, leaves.size(), first);
                }
                byte[] recomputed = recompute(stored.get(seal.position()));
                if (recomputed == null) {
                    first = earliest(first, new Invalid(seal.position(), leaf, "EVENT_MISSING: the event sealed as leaf " + leaf
                            + " is no longer in the event store"));
                    recomputed = new byte[32];
                } else if (recomputed.length == 0) {
                    first = earliest(first, new Invalid(seal.position(), leaf, "EVENT_UNREADABLE: its payload or metadata is no longer JSON"));
                    recomputed = new byte[32];
                } else if (!HexFormat.of().formatHex(recomputed).equals(seal.leafHash())) {
                    first = earliest(first, new Invalid(seal.position(), leaf, "EVENT_ALTERED: the stored event no longer hashes to its seal"));
                }
                leaves.add(recomputed);
                positions.add(seal.position());
                sealed.add(seal.position());
            }
        }
        first = earliest(first, unsealed(sealed, head));
        if (first == null) {
            // A checkpoint names only a range of leaves; a problem found at one event is the more exact answer.
            first = checkpoints(leaves, positions);
        }
        return result(count, head, leaves.size(), first);
    }

    /** The leaf hash of a stored event; null when there is none, empty when it cannot be read. */
    private static byte[] recompute(StoredEvents.StoredEvent event) {
        if (event == null) {
            return null;
        }
        try {
            return event.sealed().leafHash();
        } catch (RuntimeException unreadable) {
            return new byte[0];
        }
    }

    /** The first event older than the sealer's allowance that has no seal. */
    private Invalid unsealed(Set<Long> sealed, long head) {
        Instant sealedBy = Instant.now().minus(settings.sealWithin());
        for (long from = 1; from <= head; from += CHUNK) {
            for (StoredEvents.StoredEvent event : events.between(from, Math.min(head, from + CHUNK - 1))) {
                if (!sealed.contains(event.position()) && Instant.parse(event.timestamp()).isBefore(sealedBy)) {
                    return new Invalid(event.position(), null, "UNSEALED: the event at position " + event.position() + " was never sealed");
                }
            }
        }
        return null;
    }

    private Invalid checkpoints(List<byte[]> leaves, List<Long> positions) {
        long verified = 0;
        for (Checkpoint checkpoint : seals.checkpoints(0, Integer.MAX_VALUE)) {
            long lastLeaf = checkpoint.size() - 1;
            if (!checkpoint.verifies(key.publicKey())) {
                return new Invalid(positionOf(positions, lastLeaf), lastLeaf, "SIGNATURE_INVALID: the checkpoint of " + checkpoint.size()
                        + " events is not signed by the ledger's key " + key.keyId());
            }
            if (checkpoint.size() > leaves.size()) {
                return new Invalid(positions.isEmpty() ? null : positions.get(positions.size() - 1) + 1, (long) leaves.size(),
                        "TRUNCATED: the checkpoint signed " + checkpoint.signedAt() + " covers " + checkpoint.size() + " events; the ledger seals "
                                + leaves.size());
            }
            if (!Arrays.equals(MerkleTree.root(leaves, (int) checkpoint.size()), checkpoint.rootBytes())) {
                return new Invalid(positionOf(positions, verified), verified, "CHECKPOINT_MISMATCH: the first " + checkpoint.size()
                        + " events do not give the root signed " + checkpoint.signedAt() + "; a change lies between leaf " + verified + " and leaf " + lastLeaf);
            }
            verified = checkpoint.size();
        }
        return null;
    }

    private static Long positionOf(List<Long> positions, long leaf) {
        return leaf >= 0 && leaf < positions.size() ? positions.get((int) leaf) : null;
    }

    /** The problem at the lower position (a leaf's own problem before a checkpoint's, at the same position). */
    private static Invalid earliest(Invalid current, Invalid candidate) {
        if (candidate == null) {
            return current;
        }
        if (current == null) {
            return candidate;
        }
        long a = current.position() == null ? Long.MAX_VALUE : current.position();
        long b = candidate.position() == null ? Long.MAX_VALUE : candidate.position();
        return b < a ? candidate : current;
    }

    private Result result(long count, long head, long sealedLeaves, Invalid first) {
        return new Result(first == null, count, head, sealedLeaves, seals.checkpoints(0, Integer.MAX_VALUE).size(), first);
    }
}
