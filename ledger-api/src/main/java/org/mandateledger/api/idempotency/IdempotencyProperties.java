package org.mandateledger.api.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.idempotency.*}: how long keys are kept (at least the 24 hours the contract
 * promises), how long a retry waits for the first request's answer, and after how long a recorded
 * request that never answered is taken to have been cut off by a stop.
 */
@ConfigurationProperties("ledger.idempotency")
public record IdempotencyProperties(
        @DefaultValue("PT24H") Duration retention,
        @DefaultValue("PT10S") Duration answerWait,
        @DefaultValue("PT2M") Duration inFlightLimit,
        @DefaultValue("PT1H") Duration purgeEvery) {

    static final Duration PROMISED = Duration.ofHours(24);

    public IdempotencyProperties {
        if (retention.compareTo(PROMISED) < 0) {
            throw new IllegalArgumentException("ledger.idempotency.retention must be at least " + PROMISED
                    + " (the contract keeps keys 24 hours), not " + retention);
        }
    }
}
