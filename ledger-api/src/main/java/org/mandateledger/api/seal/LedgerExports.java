package org.mandateledger.api.seal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mandateledger.verify.CanonicalJson;
import org.mandateledger.verify.Checkpoint;
import org.mandateledger.verify.LedgerExport;
import org.mandateledger.verify.SealedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the ledger as an export (docs/ledger-export.md): the sealed events in leaf order, each with
 * the digests it was sealed with, and every signed checkpoint. A redacted export leaves payloads and
 * metadata out; their digests stay, so every proof still verifies.
 */
@Component
class LedgerExports {

    private static final int CHUNK = 1000;

    private final StoredEvents events;
    private final Seals seals;
    private final SigningKey key;

    LedgerExports(StoredEvents events, Seals seals, SigningKey key) {
        this.events = events;
        this.seals = seals;
        this.key = key;
    }

    @Transactional(readOnly = true)
    public void write(OutputStream out, boolean redacted) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        long leaves = seals.count();
        LedgerExport.write(writer, LedgerExport.headerLine(new LedgerExport.Header(Instant.now().toString(), leaves, key.keyId(),
                Checkpoint.publicKeyPem(key.publicKey()))));
        long written = 0;
        while (written < leaves) {
            List<SealEntry> chunk = seals.leaves(written, (int) Math.min(CHUNK, leaves - written));
            if (chunk.isEmpty()) {
                break;
            }
            Map<Long, StoredEvents.StoredEvent> stored = events.sealedBy(chunk);
            for (SealEntry seal : chunk) {
                StoredEvents.StoredEvent event = stored.get(seal.position());
                if (event != null) {
                    LedgerExport.write(writer, LedgerExport.entryLine(entry(seal, event, redacted)));
                }
                written++;
            }
        }
        for (Checkpoint checkpoint : seals.checkpoints(0, Integer.MAX_VALUE)) {
            if (checkpoint.size() <= leaves) {
                LedgerExport.write(writer, LedgerExport.checkpointLine(checkpoint));
            }
        }
        writer.flush();
    }

    /** The event as stored; a payload that is no longer JSON is exported as a string, and its digest as null, for the verifier to find. */
    private static LedgerExport.Entry entry(SealEntry seal, StoredEvents.StoredEvent event, boolean redacted) {
        SealedEvent sealed;
        try {
            sealed = event.sealed();
        } catch (RuntimeException unreadable) {
            sealed = new SealedEvent(event.identifier(), event.aggregateType(), event.aggregate(), event.sequence(), event.type(),
                    event.revision(), event.timestamp(), null, null);
            return new LedgerExport.Entry(seal.leaf(), seal.position(), sealed, seal.leafHash(), null, null);
        }
        return new LedgerExport.Entry(seal.leaf(), seal.position(), sealed, seal.leafHash(),
                redacted ? null : CanonicalJson.parse(event.payload()), redacted ? null : CanonicalJson.parse(event.metadata()));
    }
}
