package org.mandateledger.api.ledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
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
 * The part of H2's background writer that {@code WRITE_DELAY=0} switches off: rewriting the live pages
 * of sparse chunks, so that the old chunks die, are freed once older than H2's retention time, and
 * their space is used again by later commits.
 * <p>
 * With {@code WRITE_DELAY=0} every commit is stored before it returns ({@code TransactionStore}
 * calls {@code MVStore.commit()} when the auto-commit delay is 0), but the delay of 0 also means
 * H2 starts no background thread, and that thread is the only caller of H2's housekeeping
 * ({@code FileStore.writeInBackground} → {@code RandomAccessStore.doHousekeeping}). Each commit
 * writes a chunk, most chunks keep a page or two live forever, and nothing rewrites them: the file
 * grew by about 30 KB an event. This calls {@link MVStore#compact(int, int)}, the public entry to
 * the same {@code rewriteChunks} the background thread uses, which runs under the store lock (a
 * commit cannot store meanwhile) and gives up after 10 ms if it cannot get the lock. It never moves
 * chunks ({@code compactMoveChunks}, the step that failed H2's assertion when {@code compactFile}
 * ran beside commits) and never changes the retention time. Does nothing on another database.
 * See docs/reliability.md.
 */
@Component
class H2Housekeeping {

    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);

    private final DataSource dataSource;
    private final boolean enabled;
    private final int targetFillRate;
    private final int writeLimit;
    private final AtomicLong runs = new AtomicLong();
    private final AtomicLong rewrites = new AtomicLong();

    H2Housekeeping(DataSource dataSource,
            @Value("${ledger.h2.housekeeping.enabled:true}") boolean enabled,
            @Value("${ledger.h2.housekeeping.target-fill-rate:90}") int targetFillRate,
            @Value("${ledger.h2.housekeeping.write-limit-bytes:1048576}") int writeLimit) {
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.targetFillRate = targetFillRate;
        this.writeLimit = writeLimit;
    }

    @Scheduled(fixedDelayString = "${ledger.h2.housekeeping.every:PT1S}",
            initialDelayString = "${ledger.h2.housekeeping.every:PT1S}")
    void rewriteSparseChunks() {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(JdbcConnection.class)
                    || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)
                    || session.getDatabase().getStore() == null) {
                return;
            }
            MVStore store = session.getDatabase().getStore().getMvStore();
            if (store.isClosed() || store.getFileStore() == null || store.isReadOnly()) {
                return;
            }
            runs.incrementAndGet();
            if (store.compact(targetFillRate, writeLimit)) {
                rewrites.incrementAndGet();
            }
            if (log.isDebugEnabled()) {
                log.debug("H2 housekeeping: {} runs, {} rewrote chunks; file {} bytes, chunks fill rate {} %, file fill rate {} %",
                        runs.get(), rewrites.get(), store.getFileStore().size(), store.getFileStore().getChunksFillRate(),
                        store.getFillRate());
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("H2 housekeeping skipped this time: {}", e.toString());
        }
    }

    /** How many times the housekeeping ran on an H2 file store. */
    long runs() {
        return runs.get();
    }

    /** How many of those runs rewrote at least one chunk. */
    long rewrites() {
        return rewrites.get();
    }
}
