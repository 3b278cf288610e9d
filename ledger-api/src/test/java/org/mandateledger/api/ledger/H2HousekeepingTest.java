package org.mandateledger.api.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * H2Housekeeping keeps an H2 file written with {@code WRITE_DELAY=0} from growing with every commit,
 * and is safe beside commits. The same load (writers appending rows and moving a shared "token" row,
 * as the event store and a tracking processor do) runs twice on fresh files: without housekeeping and
 * with it running on its own thread all along. {@code RETENTION_TIME=0} only so that chunks can be
 * rewritten and freed within the test's seconds rather than H2's default 45 s; the service keeps H2's
 * default. Surefire runs with {@code -ea}, so an H2 assertion during the rewrite would close the store
 * and fail the writers.
 */
class H2HousekeepingTest {

    private static final int WRITERS = 2;
    private static final int TRANSACTIONS_PER_WRITER = 600;

    @TempDir
    Path dir;

    @Test
    void rewriting_sparse_chunks_beside_commits_keeps_the_file_small_and_every_row() throws Exception {
        Run without = run("without", false);
        Run with = run("with", true);

        assertThat(with.rows()).as("rows after the run with housekeeping").isEqualTo(WRITERS * TRANSACTIONS_PER_WRITER);
        assertThat(without.rows()).as("rows after the run without").isEqualTo(WRITERS * TRANSACTIONS_PER_WRITER);
        assertThat(with.runs()).as("housekeeping runs").isPositive();
        assertThat(with.rewrites()).as("housekeeping runs that rewrote chunks").isPositive();
        // Without housekeeping most of each chunk is dead and stays (about a quarter live, measured);
        // with it most of the chunk data is live (about 85-90 %).
        assertThat(without.chunksFillRate()).as("live share of chunk data without housekeeping, %").isLessThan(50);
        assertThat(with.chunksFillRate()).as("live share of chunk data with housekeeping, %").isGreaterThanOrEqualTo(60);
        assertThat(with.fileBytes()).as("file size with housekeeping against without (%d bytes)", without.fileBytes())
                .isLessThan(without.fileBytes() / 2);
    }

    private Run run(String name, boolean housekeeping) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + folder.resolve("ledger") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;RETENTION_TIME=0");
        dataSource.setUser("sa");
        H2Housekeeping keeper = new H2Housekeeping(dataSource, true, 90, 1 << 20);
        ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        // This connection keeps the database open from start to end.
        try (Connection admin = dataSource.getConnection(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE TABLE events(id BIGINT PRIMARY KEY, writer INT, payload VARCHAR(400))");
            statement.execute("CREATE TABLE tokens(name VARCHAR(20) PRIMARY KEY, position BIGINT)");
            statement.execute("INSERT INTO tokens VALUES ('ledger', 0)");
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(threads.submit(() -> write(dataSource, writer)));
            }
            Future<?> keeping = threads.submit(() -> {
                while (housekeeping && writing.get()) {
                    keeper.rewriteSparseChunks();
                    TimeUnit.MILLISECONDS.sleep(20);
                }
                return null;
            });
            for (Future<?> writer : writers) {
                writer.get(3, TimeUnit.MINUTES);
            }
            writing.set(false);
            keeping.get(1, TimeUnit.MINUTES);
            long rows;
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM events")) {
                count.next();
                rows = count.getLong(1);
            }
            int chunksFillRate;
            try (ResultSet info = statement.executeQuery(
                    "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CHUNKS_FILL_RATE'")) {
                info.next();
                chunksFillRate = Integer.parseInt(info.getString(1));
            }
            long fileBytes = Files.size(folder.resolve("ledger.mv.db"));
            return new Run(rows, fileBytes, chunksFillRate, keeper.runs(), keeper.rewrites());
        } finally {
            writing.set(false);
            threads.shutdownNow();
        }
    }

    private static Void write(JdbcDataSource dataSource, int writer) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement append = connection.prepareStatement("INSERT INTO events VALUES (?, ?, ?)");
                PreparedStatement token = connection.prepareStatement(
                        "UPDATE tokens SET position = GREATEST(position, ?) WHERE name = 'ledger'")) {
            connection.setAutoCommit(false);
            for (int i = 0; i < TRANSACTIONS_PER_WRITER; i++) {
                long id = (long) i * WRITERS + writer;
                append.setLong(1, id);
                append.setInt(2, writer);
                append.setString(3, "event " + id + " " + "x".repeat(200));
                append.executeUpdate();
                token.setLong(1, id);
                token.executeUpdate();
                connection.commit();
            }
        }
        return null;
    }

    private record Run(long rows, long fileBytes, int chunksFillRate, long runs, long rewrites) {
    }
}
