package org.mandateledger.api.idempotency;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes the keys older than the retention period, every {@code ledger.idempotency.purge-every}. */
@Component
public class IdempotencyPurge {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

    private final IdempotencyRecords records;
    private final IdempotencyProperties settings;

    IdempotencyPurge(IdempotencyRecords records, IdempotencyProperties settings) {
        this.records = records;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${ledger.idempotency.purge-every:PT1H}", initialDelayString = "${ledger.idempotency.purge-every:PT1H}")
    public void purge() {
        purgeBefore(Instant.now().minus(settings.retention()));
    }

    int purgeBefore(Instant instant) {
        int deleted = records.deleteRecordedBefore(instant);
        if (deleted > 0) {
            log.info("deleted {} idempotency keys recorded before {}", deleted, instant);
        }
        return deleted;
    }
}
