package org.mandateledger.verify;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Checks an export of the ledger without the service: every payload against its sealed digest,
 * every signed checkpoint against the tree the export's events make, and a checkpoint a chair kept
 * against the longer ledger (consistency), with an event's inclusion in it where asked.
 */
public final class ExportVerifier {

    /** The first thing found wrong: which leaf (and the event's position in the event store) and why. */
    public record Problem(long leaf, long position, String reason) {
    }

    /** What was checked, and the first problem, if any. */
    public record Report(long leaves, List<String> checked, Optional<Problem> firstInvalid) {
        public boolean valid() {
            return firstInvalid.isEmpty();
        }
    }

    private ExportVerifier() {
    }

    /**
     * @param kept    a checkpoint kept from earlier, or null
     * @param trusted the ledger's public key as the chair holds it; null to take the export's own
     * @param event   the identifier of an event whose inclusion in {@code kept} is to be proved, or null
     */
    public static Report verify(LedgerExport export, Checkpoint kept, PublicKey trusted, String event) {
        List<String> checked = new ArrayList<>();
        PublicKey key = trusted != null ? trusted : Checkpoint.publicKey(export.header().publicKey());
        checked.add(trusted != null ? "key " + Checkpoint.keyId(key) + " given"
                : "key " + Checkpoint.keyId(key) + " taken from the export: this shows the export agrees with itself, not that it is"
                        + " the ledger's; give --public-key to check it against the key you hold");
        if (event != null && kept == null) {
            throw new IllegalArgumentException("an event's inclusion is proved in a kept checkpoint: give --checkpoint with --event");
        }
        List<byte[]> leaves = new ArrayList<>();
        for (LedgerExport.Entry entry : export.entries()) {
            if (entry.leaf() != leaves.size()) {
                return invalid(leaves, checked, new Problem(leaves.size(), -1, "LEAF_MISSING: leaf " + (leaves.size() - 1)
                        + " is followed by leaf " + entry.leaf()));
            }
            if (entry.sealed().payloadSha256() == null) {
                return invalid(leaves, checked, new Problem(entry.leaf(), entry.position(), "EVENT_UNREADABLE: its payload or metadata is not JSON"));
            }
            SealedEvent sealed = entry.sealed();
            if (entry.payload() != null && !SealedEvent.digest(entry.payload()).equals(sealed.payloadSha256())) {
                return invalid(leaves, checked, new Problem(entry.leaf(), entry.position(), "PAYLOAD_ALTERED: the payload does not match its sealed digest"));
            }
            if (entry.metadata() != null && !SealedEvent.digest(entry.metadata()).equals(sealed.metadataSha256())) {
                return invalid(leaves, checked, new Problem(entry.leaf(), entry.position(), "METADATA_ALTERED: the metadata does not match its sealed digest"));
            }
            byte[] leaf = sealed.leafHash();
            if (entry.sealedLeaf() != null && !java.util.HexFormat.of().formatHex(leaf).equals(entry.sealedLeaf())) {
                return invalid(leaves, checked, new Problem(entry.leaf(), entry.position(), "EVENT_ALTERED: the event no longer hashes to the leaf it was sealed as"));
            }
            leaves.add(leaf);
        }
        if (export.header().leaves() != export.entries().size()) {
            return invalid(leaves, checked, new Problem(Math.min(export.header().leaves(), export.entries().size()), -1,
                    "TRUNCATED_EXPORT: the header says " + export.header().leaves() + " events; the export holds " + export.entries().size()));
        }
        long redacted = export.entries().stream().filter(e -> e.payload() == null).count();
        checked.add(leaves.size() + " events hashed (" + redacted + " redacted, by their sealed digests)");

        List<Checkpoint> signed = export.checkpoints().stream().sorted(Comparator.comparingLong(Checkpoint::size)).toList();
        long good = 0;
        MerkleTree.Growing tree = new MerkleTree.Growing();
        for (Checkpoint checkpoint : signed) {
            Optional<Problem> problem = check(checkpoint, key, leaves, tree, good, export);
            if (problem.isPresent()) {
                return invalid(leaves, checked, problem.get());
            }
            good = checkpoint.size();
        }
        checked.add(signed.size() + " signed checkpoints match the events");
        long anchored = signed.isEmpty() ? 0 : signed.get(signed.size() - 1).size();
        if (anchored < leaves.size()) {
            checked.add((leaves.size() - anchored) + " events after the last signed checkpoint are not yet anchored by a signature");
        }

        if (kept != null) {
            Optional<Problem> problem = check(kept, key, leaves, new MerkleTree.Growing(), 0, export);
            if (problem.isPresent()) {
                return invalid(leaves, checked, problem.get());
            }
            checked.add("the kept checkpoint (" + kept.size() + " events, signed " + kept.signedAt() + ") is the start of this ledger");
            Optional<Checkpoint> latest = signed.isEmpty() ? Optional.empty() : Optional.of(signed.get(signed.size() - 1));
            if (latest.isPresent() && latest.get().size() >= kept.size() && kept.size() > 0) {
                List<byte[]> proof = MerkleTree.consistencyProof(leaves, (int) kept.size(), (int) latest.get().size());
                if (!MerkleTree.verifyConsistency(kept.size(), latest.get().size(), kept.rootBytes(), latest.get().rootBytes(), proof)) {
                    return invalid(leaves, checked, new Problem(kept.size(), -1, "INCONSISTENT: the latest checkpoint does not extend the kept one"));
                }
                checked.add("consistency proof from " + kept.size() + " to " + latest.get().size() + " events verified (" + proof.size() + " hashes)");
            }
            if (event != null) {
                Optional<LedgerExport.Entry> found = export.entries().stream().filter(e -> e.sealed().identifier().equals(event)).findFirst();
                if (found.isEmpty() || found.get().leaf() >= kept.size()) {
                    return invalid(leaves, checked, new Problem(-1, -1, "NOT_INCLUDED: event " + event + " is not among the kept checkpoint's events"));
                }
                int leaf = (int) found.get().leaf();
                List<byte[]> path = MerkleTree.inclusionProof(leaves, leaf, (int) kept.size());
                if (!MerkleTree.verifyInclusion(leaves.get(leaf), leaf, kept.size(), path, kept.rootBytes())) {
                    return invalid(leaves, checked, new Problem(leaf, found.get().position(), "NOT_INCLUDED: the audit path does not give the kept root"));
                }
                checked.add("event " + event + " is leaf " + leaf + " of the kept checkpoint (audit path of " + path.size() + " hashes verified)");
            }
        }
        return new Report(leaves.size(), checked, Optional.empty());
    }

    /** Checks a checkpoint against the leaves; {@code tree} is grown to its size (checkpoints come smallest first). */
    private static Optional<Problem> check(Checkpoint checkpoint, PublicKey key, List<byte[]> leaves, MerkleTree.Growing tree, long from,
                                           LedgerExport export) {
        if (!checkpoint.verifies(key)) {
            return Optional.of(new Problem(checkpoint.size() - 1, -1, "SIGNATURE_INVALID: the checkpoint of " + checkpoint.size()
                    + " events is not signed by key " + Checkpoint.keyId(key)));
        }
        if (checkpoint.size() > leaves.size()) {
            return Optional.of(new Problem(leaves.size(), -1, "TRUNCATED: a checkpoint signed " + checkpoint.signedAt() + " covers "
                    + checkpoint.size() + " events; the ledger has " + leaves.size()));
        }
        tree.growTo(leaves, checkpoint.size());
        if (!Arrays.equals(tree.root(), checkpoint.rootBytes())) {
            long position = from < export.entries().size() ? export.entries().get((int) from).position() : -1;
            return Optional.of(new Problem(from, position, "ROOT_MISMATCH: the first " + checkpoint.size() + " events do not give the root signed "
                    + checkpoint.signedAt() + "; a change lies between leaf " + from + " and leaf " + (checkpoint.size() - 1)));
        }
        return Optional.empty();
    }

    private static Report invalid(List<byte[]> leaves, List<String> checked, Problem problem) {
        return new Report(leaves.size(), checked, Optional.of(problem));
    }
}
