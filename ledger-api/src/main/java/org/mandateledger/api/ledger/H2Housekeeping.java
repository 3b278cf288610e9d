package org.mandateledger.api.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file from growing with every write. With {@code WRITE_DELAY=0} (so an
 * acknowledged commit is in the file) H2 runs no background writer, and so never compacts the file
 * while the service runs: it grew by about 24 KB an event. Every {@code ledger.h2.compact-every}
 * this rewrites the file's sparsest chunks for at most {@code ledger.h2.compact-millis}, so space
 * freed by old versions is used again (docs/reliability.md). Does nothing on another database.
 */
@Component
class H2Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);

    private final DataSource dataSource;
    private final int compactMillis;

    H2Housekeeping(DataSource dataSource, @Value("${ledger.h2.compact-millis:500}") int compactMillis) {
        this.dataSource = dataSource;
        this.compactMillis = compactMillis;
    }

    @Scheduled(fixedDelayString = "${ledger.h2.compact-every:PT30S}", initialDelayString = "${ledger.h2.compact-every:PT30S}")
    void compact() {
        if (compactMillis <= 0) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)
                    || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
                return;
            }
            MVStore store = session.getDatabase().getStore().getMvStore();
            long before = store.getFileStore().size();
            store.compactFile(compactMillis);
            log.debug("H2 file compacted from {} to {} bytes", before, store.getFileStore().size());
        } catch (SQLException | RuntimeException e) {
            log.warn("H2 compaction skipped this time: {}", e.getMessage());
        }
    }
}
