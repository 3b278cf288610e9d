package org.mandateledger.api.seal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.TrackingToken;
import org.mandateledger.api.ledger.ProjectionProgress;
import org.mandateledger.api.ledger.StoredTokens;
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
 * <li>{@code UNSEALED}: an event the sealer has passed was never sealed (inserted behind its back);</li>
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
    private final StoredTokens tokens;

    LedgerVerification(StoredEvents events, Seals seals, SigningKey key, StoredTokens tokens) {
        this.events = events;
        this.seals = seals;
        this.key = key;
        this.tokens = tokens;
    }

    /** Where the ledger first fails: its position in the event store (when known), its leaf, and why. */
    record Invalid(Long position, Long leaf, String reason) {
    }

    /** The answer of {@code GET /ledger/verify}. */
    record Result(boolean valid, long events, long head, long sealed, long checkpoints, Invalid firstInvalid) {
    }

    @Transactional(readOnly = true)
    public Result verify() {
        // Checkpoints first: any signed after this moment may cover leaves sealed after the leaves are read.
        List<Checkpoint> signed = seals.checkpoints(0, Integer.MAX_VALUE);
        List<TrackingToken> sealer = tokens.tokens(Sealer.GROUP);
        long count = events.count();
        long head = events.head();
        List<byte[]> leaves = new ArrayList<>();
        List<Long> positions = new ArrayList<>();
        Set<Long> sealed = new HashSet<>();
        Invalid first = null;
        for (List<SealEntry> chunk = seals.leaves(0, CHUNK); !chunk.isEmpty(); chunk = seals.leaves(leaves.size(), CHUNK)) {
            Map<Long, StoredEvents.StoredEvent> stored = events.sealedBy(chunk);
            for (SealEntry seal : chunk) {
                long leaf = leaves.size();
                if (seal.leaf() != leaf) {
                    first = earliest(first, new Invalid(seal.position(), leaf, "LEAF_MISSING: the seal log goes from leaf " + (leaf - 1)
                            + " to leaf " + seal.leaf()));
                    return result(count, head, leaves.size(), signed.size(), first);
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
        first = earliest(first, unsealed(sealed, sealer));
        if (first == null) {
            // A checkpoint names only a range of leaves; a problem found at one event is the more exact answer.
            first = checkpoints(signed, leaves, positions);
        }
        return result(count, head, leaves.size(), signed.size(), first);
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

    /** The first stored event that the sealer has passed (by its stored token) and yet has no seal. */
    private Invalid unsealed(Set<Long> sealed, List<TrackingToken> sealer) {
        if (sealer.isEmpty()) {
            return null;
        }
        for (long position : events.positions()) {
            if (!sealed.contains(position) && sealer.stream().allMatch(token -> ProjectionProgress.handled(token, position))) {
                return new Invalid(position, null, "UNSEALED: the event at position " + position + " was never sealed");
            }
        }
        return null;
    }

    /** Every checkpoint, smallest first, against the tree grown through the leaves once. */
    private Invalid checkpoints(List<Checkpoint> signed, List<byte[]> leaves, List<Long> positions) {
        long verified = 0;
        MerkleTree.Growing tree = new MerkleTree.Growing();
        for (Checkpoint checkpoint : signed) {
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
            tree.growTo(leaves, checkpoint.size());
            if (!Arrays.equals(tree.root(), checkpoint.rootBytes())) {
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

    private static Result result(long count, long head, long sealedLeaves, long checkpoints, Invalid first) {
        return new Result(first == null, count, head, sealedLeaves, checkpoints, first);
    }
}
