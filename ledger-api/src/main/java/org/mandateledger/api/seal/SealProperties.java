package org.mandateledger.api.seal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.seal.*}: the Ed25519 signing key's file (made at first start if missing; keep it
 * out of the database and its backups), and when a checkpoint is signed: once this many events
 * are sealed past the last one, or this long after it if any are; and how often that is looked at.
 */
@ConfigurationProperties("ledger.seal")
public record SealProperties(
        String keyFile,
        @DefaultValue("1000") long checkpointEveryEvents,
        @DefaultValue("PT10M") Duration checkpointEvery,
        @DefaultValue("PT5S") Duration checkEvery) {

    public SealProperties {
        if (checkpointEveryEvents < 1) {
            throw new IllegalArgumentException("ledger.seal.checkpoint-every-events must be at least 1");
        }
    }
}
