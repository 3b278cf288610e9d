package org.mandateledger.api.seal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One leaf of the Merkle log: the event at {@code position} in the event store, and the leaf hash it had when sealed. */
@Entity
@Table(name = "ledger_seal")
class SealEntry {

    @Id
    private long leaf;

    @Column(nullable = false, unique = true)
    private long position;

    @Column(name = "leaf_hash", nullable = false, length = 64)
    private String leafHash;

    @Column(name = "sealed_at", nullable = false)
    private Instant sealedAt;

    protected SealEntry() {
    }

    SealEntry(long leaf, long position, String leafHash, Instant sealedAt) {
        this.leaf = leaf;
        this.position = position;
        this.leafHash = leafHash;
        this.sealedAt = sealedAt;
    }

    long leaf() {
        return leaf;
    }

    long position() {
        return position;
    }

    String leafHash() {
        return leafHash;
    }
}
