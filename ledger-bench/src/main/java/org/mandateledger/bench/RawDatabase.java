package org.mandateledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw database's figures the service is compared with, on the same kind of H2 file with the
 * service's own URL settings: a command's minimum with plain JDBC (read the aggregate's events,
 * insert one event of about 400 bytes, commit) by 1 or more clients; and a sequential read of the
 * service's own event table in pages of 1,000, as a replay reads it.
 */
final class RawDatabase {

    private static final byte[] PAYLOAD = ("{\"slug\":\"topic\",\"title\":\"" + "x".repeat(360) + "\"}").getBytes();

    private RawDatabase() {
    }

    /** Commands per second by {@code clients} clients for {@code seconds} on a fresh table in the H2 file at {@code url}. */
    static double commands(String url, int clients, double seconds) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists raw_event");
            statement.execute("create table raw_event (global_index bigint auto_increment primary key, aggregate_identifier varchar(255) not null,"
                    + " sequence_number bigint not null, payload blob not null, unique (aggregate_identifier, sequence_number))");
        }
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, "sa", "");
                     PreparedStatement read = connection.prepareStatement(
                             "select sequence_number, payload from raw_event where aggregate_identifier = ? order by sequence_number");
                     PreparedStatement insert = connection.prepareStatement(
                             "insert into raw_event (aggregate_identifier, sequence_number, payload) values (?, ?, ?)")) {
                    connection.setAutoCommit(false);
                    for (long i = 0; System.nanoTime() < deadline; i++) {
                        String aggregate = "topic:raw-" + client + "-" + i;
                        read.setString(1, aggregate);
                        long sequence = 0;
                        try (ResultSet events = read.executeQuery()) {
                            while (events.next()) {
                                sequence = events.getLong(1) + 1;
                                events.getBytes(2);
                            }
                        }
                        insert.setString(1, aggregate);
                        insert.setLong(2, sequence);
                        insert.setBytes(3, PAYLOAD);
                        insert.executeUpdate();
                        connection.commit();
                        done.incrementAndGet();
                    }
                } catch (SQLException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return done.get() / ((System.nanoTime() - started) / 1e9);
    }

    /** Rows per second reading every event of the (stopped) service's H2 file in global order, pages of 1,000, as a replay does. */
    static double sequentialRead(String url, String user, String password) throws SQLException {
        long rows = 0;
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             PreparedStatement page = connection.prepareStatement("select global_index, type, aggregate_identifier, sequence_number, event_identifier,"
                     + " payload_type, payload_revision, payload, meta_data, time_stamp from domain_event_entry where global_index > ?"
                     + " order by global_index limit 1000")) {
            long after = -1;
            while (true) {
                page.setLong(1, after);
                int read = 0;
                try (ResultSet result = page.executeQuery()) {
                    while (result.next()) {
                        after = result.getLong(1);
                        result.getString(3);
                        result.getString(5);
                        result.getString(6);
                        result.getBytes(8);
                        result.getBytes(9);
                        result.getString(10);
                        read++;
                    }
                }
                rows += read;
                if (read < 1000) {
                    break;
                }
            }
        }
        return rows / ((System.nanoTime() - started) / 1e9);
    }
}
