package org.mandateledger.api.seal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mandateledger.verify.Checkpoint;
import org.mandateledger.verify.MerkleTree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs a checkpoint of the sealed tree once {@code ledger.seal.checkpoint-every-events} leaves have
 * been sealed past the last one, or {@code ledger.seal.checkpoint-every} after it if any have. The
 * root is computed from the leaf hashes as sealed, so an event edited after its seal still fails
 * verification against every checkpoint that covers it.
 */
@Component
class Checkpointer {

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private final Seals seals;
    private final SigningKey key;
    private final SealProperties settings;
    private final TransactionTemplate transaction;

    Checkpointer(Seals seals, SigningKey key, SealProperties settings, PlatformTransactionManager transactions) {
        this.seals = seals;
        this.key = key;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${ledger.seal.check-every:PT5S}", initialDelayString = "${ledger.seal.check-every:PT5S}")
    void signWhenDue() {
        try {
            transaction.executeWithoutResult(status -> {
                long leaves = seals.nextLeaf();
                Optional<Checkpoint> last = seals.latestCheckpoint();
                if (last.isPresent() && !last.get().keyId().equals(key.keyId())) {
                    // Two keys would make half the checkpoints fail verification: every instance must sign with one key file.
                    log.error("Not signing: the last checkpoint was signed with key {}, this instance holds key {};"
                            + " give every instance the same ledger.seal.key-file", last.get().keyId(), key.keyId());
                    return;
                }
                long signed = last.map(Checkpoint::size).orElse(0L);
                boolean manyNew = leaves - signed >= settings.checkpointEveryEvents();
                boolean longAgo = leaves > signed && last.map(c -> Instant.parse(c.signedAt()).plus(settings.checkpointEvery()).isBefore(Instant.now()))
                        .orElse(true);
                if (manyNew || longAgo) {
                    sign(leaves);
                }
            });
        } catch (RuntimeException e) {
            log.warn("No checkpoint signed this time: {}", e.getMessage());
        }
    }

    /** Signs the tree of the first {@code size} sealed leaves and keeps the checkpoint. */
    Checkpoint sign(long size) {
        List<byte[]> leaves = seals.leafHashes(size);
        Checkpoint checkpoint = key.sign(size, MerkleTree.root(leaves, (int) size));
        seals.keep(checkpoint);
        log.info("Signed checkpoint of {} events, root {}", size, checkpoint.root());
        return checkpoint;
    }
}
