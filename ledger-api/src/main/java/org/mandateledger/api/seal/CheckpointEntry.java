package org.mandateledger.api.seal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.mandateledger.verify.Checkpoint;

/** A signed checkpoint as kept: the tree's size, root, when it was signed, the signature and the signing key's id. */
@Entity
@Table(name = "ledger_checkpoint")
class CheckpointEntry {

    @Id
    private long size;

    @Column(nullable = false, length = 64)
    private String root;

    @Column(name = "signed_at", nullable = false, length = 40)
    private String signedAt;

    @Column(nullable = false, length = 200)
    private String signature;

    @Column(name = "key_id", nullable = false, length = 16)
    private String keyId;

    protected CheckpointEntry() {
    }

    CheckpointEntry(Checkpoint checkpoint) {
        this.size = checkpoint.size();
        this.root = checkpoint.root();
        this.signedAt = checkpoint.signedAt();
        this.signature = checkpoint.signature();
        this.keyId = checkpoint.keyId();
    }

    Checkpoint checkpoint() {
        return new Checkpoint(size, root, signedAt, signature, keyId);
    }
}
