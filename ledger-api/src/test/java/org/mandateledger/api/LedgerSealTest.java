package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mandateledger.api.LedgerHttp.body;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mandateledger.verify.Checkpoint;
import org.mandateledger.verify.ExportVerifier;
import org.mandateledger.verify.LedgerExport;
import org.mandateledger.verify.MerkleTree;
import org.mandateledger.verify.SealedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Nothing forged: on a real H2 database file, each kind of tampering an operator with database
 * access could do is found at the right position by the service ({@code GET /ledger/verify}) and
 * by the offline verifier reading an export; once undone, the ledger verifies again, and again
 * after a restart. A position in the event store filled late is sealed when it commits, and the
 * ledger still verifies. A checkpoint kept earlier verifies against the longer ledger; one of a
 * forked history does not, even when signed with the ledger's own key. Last, the file is edited
 * while the service is stopped, and verification after the next start finds it.
 */
class LedgerSealTest {

    private static final int TOPICS = 20;
    /** Checkpoints every 8 events or second, looked at five times a second, so the test need not wait. */
    private static final String[] SETTINGS = {"--ledger.rate-limit.per-second=0", "--ledger.seal.checkpoint-every-events=8",
        "--ledger.seal.checkpoint-every=PT1S", "--ledger.seal.check-every=PT0.2S"};

    @Test
    void tampering_is_found_where_it_was_done_by_the_service_and_offline() throws Exception {
        Path dir = Files.createTempDirectory("ledger-seal-");
        LedgerTestUsers.write(dir);
        Checkpoint kept;
        try (ConfigurableApplicationContext ledger = LedgerInstances.start(dir, SETTINGS)) {
            LedgerHttp http = LedgerInstances.client(ledger);
            LedgerHttp.Answer none = http.get("icb", "/api/v1/ledger/checkpoints/latest");
            assertThat(none.status()).as(none.toString()).isEqualTo(404);
            assertThat(none.json().get("code").asString()).isEqualTo("NO_CHECKPOINT");
            assertThat(none.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(http.get(null, "/api/v1/ledger/checkpoints/latest").status()).isEqualTo(401);
            kept = tamperingIsFoundAndUndone(ledger, http);
        }

        try (ConfigurableApplicationContext ledger = LedgerInstances.start(dir, SETTINGS)) {
            LedgerHttp http = LedgerInstances.client(ledger);
            JsonNode afterRestart = verify(http);
            assertThat(afterRestart.get("valid").asBoolean()).as(afterRestart.toString()).isTrue();
            // A gap in the event store's positions, filled late: a transaction takes the next position and commits only
            // after seven later events are stored and sealed. It is sealed when it commits, as the last leaf; every leaf
            // keeps its number, and the ledger verifies.
            Tamper tamper = new Tamper(ledger.getBean(JdbcTemplate.class));
            long gap;
            try (Connection held = ledger.getBean(DataSource.class).getConnection()) {
                held.setAutoCommit(false);
                try (ResultSet next = held.createStatement().executeQuery("select next value for domain_event_entry_seq")) {
                    assertThat(next.next()).isTrue();
                    gap = next.getLong(1);
                }
                Tamper.insert(held, "domain_event_entry", tamper.copyOf(3, gap, "seal-late"));
                for (int i = TOPICS + 1; i <= TOPICS + 7; i++) {
                    assertThat(http.put("registrar", "/api/v1/topics/seal-" + i, body("title", "Topic " + i)).status()).isEqualTo(201);
                }
                awaitSealedAndSigned(http, TOPICS + 7);
                assertThat(tamper.leafOf(gap + 1)).isEqualTo(TOPICS);
                held.commit();
            }
            awaitSealedAndSigned(http, TOPICS + 8);
            assertThat(tamper.leafOf(gap)).as("the late event is sealed in the order it was seen").isEqualTo(TOPICS + 7);
            assertThat(tamper.leafOf(gap + 1)).isEqualTo(TOPICS);
            JsonNode withGap = verify(http);
            assertThat(withGap.get("valid").asBoolean()).as(withGap.toString()).isTrue();

            ExportVerifier.Report longer = offline(http, kept, firstEventId(http));
            assertThat(longer.firstInvalid()).as(longer.toString()).isEmpty();
            assertThat(longer.checked()).anyMatch(line -> line.startsWith("consistency proof from " + kept.size() + " to " + (TOPICS + 8)))
                    .anyMatch(line -> line.contains("is leaf 0 of the kept checkpoint"));

            Checkpoint forked = forkedCheckpoint(http, dir, 10);
            assertThat(forked.verifies(Checkpoint.publicKey(http.get("icb", "/api/v1/ledger/key").json().get("publicKey").asString())))
                    .as("the fork is signed with the ledger's own key").isTrue();
            ExportVerifier.Report fork = offline(http, forked, null);
            assertThat(fork.firstInvalid()).hasValueSatisfying(p -> assertThat(p.reason()).startsWith("ROOT_MISMATCH"));
        }

        // The database file edited while the service is stopped, with nothing but H2's own driver: found by verification after the next start.
        LedgerInstances.whileStopped(dir, jdbc -> {
            Tamper offlineEdit = new Tamper(jdbc);
            offlineEdit.set(3, "payload", new String(offlineEdit.bytes(offlineEdit.row(3).get("payload")), StandardCharsets.UTF_8)
                    .replace("Topic 3", "Topic 33").getBytes(StandardCharsets.UTF_8));
        });
        try (ConfigurableApplicationContext ledger = LedgerInstances.start(dir, SETTINGS)) {
            assertFound(LedgerInstances.client(ledger), kept, 3, "EVENT_ALTERED", 2, "EVENT_ALTERED");
        }

        // The key file lost: the service does not start with a new key, which could sign nothing and fail every checkpoint.
        Path key = dir.resolve("data").resolve("ledger-signing-key.pem");
        Files.move(key, dir.resolve("elsewhere.pem"));
        assertThatThrownBy(() -> LedgerInstances.start(dir, SETTINGS).close())
                .hasStackTraceContaining("is missing, and this ledger's checkpoints are signed with key " + kept.keyId());
        assertThat(key).doesNotExist();

        // Another key's file in its place (another environment's, say): the start stops too, naming both keys.
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.writeString(key, Checkpoint.privateKeyPem(other.getPrivate()) + Checkpoint.publicKeyPem(other.getPublic()));
        assertThatThrownBy(() -> LedgerInstances.start(dir, SETTINGS).close())
                .hasStackTraceContaining("holds key " + Checkpoint.keyId(other.getPublic()) + ", and this ledger's checkpoints are signed with key "
                        + kept.keyId());
    }

    /**
     * Records {@value #TOPICS} topics, then tampers with each kind of change and finds it at its position, online and
     * offline, undoing each; answers the checkpoint kept before.
     */
    private static Checkpoint tamperingIsFoundAndUndone(ConfigurableApplicationContext ledger, LedgerHttp http) throws Exception {
        for (int i = 1; i <= TOPICS; i++) {
            assertThat(http.put("registrar", "/api/v1/topics/seal-" + i, body("title", "Topic " + i)).status()).isEqualTo(201);
        }
        awaitSealedAndSigned(http, TOPICS);
        JsonNode untouched = verify(http);
        assertThat(untouched.get("valid").asBoolean()).as(untouched.toString()).isTrue();
        assertThat(untouched.get("events").asLong()).isEqualTo(TOPICS);
        Checkpoint kept = latestCheckpoint(http);
        assertThat(offline(http, kept).valid()).isTrue();

        Tamper tamper = new Tamper(ledger.getBean(JdbcTemplate.class));

        Map<String, Object> fifth = tamper.row(5);
        tamper.set(5, "payload", new String(tamper.bytes(fifth.get("payload")), StandardCharsets.UTF_8).replace("Topic 5", "Topic 55")
                .getBytes(StandardCharsets.UTF_8));
        assertFound(http, kept, 5, "EVENT_ALTERED", 4, "EVENT_ALTERED");
        tamper.set(5, "payload", tamper.bytes(fifth.get("payload")));

        Map<String, Object> seventh = tamper.row(7);
        tamper.set(7, "time_stamp", ((String) seventh.get("time_stamp")).replaceFirst("^(\\d{4})", "1999"));
        assertFound(http, kept, 7, "EVENT_ALTERED", 6, "EVENT_ALTERED");
        tamper.set(7, "time_stamp", seventh.get("time_stamp"));

        Map<String, Object> ninth = tamper.row(9);
        tamper.delete(9);
        assertFound(http, kept, 9, "EVENT_MISSING", 8, "LEAF_MISSING");
        tamper.insert(ninth);

        tamper.swap(11, 14);
        assertFound(http, kept, 11, "EVENT_ALTERED", 10, "EVENT_ALTERED");
        tamper.swap(11, 14);

        List<Map<String, Object>> tail = new ArrayList<>();
        for (long p = 17; p <= TOPICS; p++) {
            tail.add(tamper.row(p));
        }
        List<Map<String, Object>> tailSeals = tamper.jdbc.queryForList("select * from ledger_seal where position > 16");
        tamper.jdbc.update("delete from domain_event_entry where global_index > 16");
        assertFound(http, kept, 17, "EVENT_MISSING", 16, "TRUNCATED");
        tamper.jdbc.update("delete from ledger_seal where position > 16");
        assertFound(http, kept, 17, "TRUNCATED", 16, "TRUNCATED");
        tail.forEach(tamper::insert);
        tailSeals.forEach(seal -> tamper.insertInto("ledger_seal", seal));

        JsonNode restored = verify(http);
        assertThat(restored.get("valid").asBoolean()).as(restored.toString()).isTrue();

        // Not in the list: an event slipped in at a position the sealer has passed is never sealed, and said so.
        tamper.insert(tamper.copyOf(3, 0, "seal-slipped"));
        JsonNode slipped = verify(http);
        assertThat(slipped.get("valid").asBoolean()).as(slipped.toString()).isFalse();
        assertThat(slipped.get("firstInvalid").get("position").asLong()).as(slipped.toString()).isZero();
        assertThat(slipped.get("firstInvalid").get("reason").asString()).as(slipped.toString()).startsWith("UNSEALED");
        tamper.delete(0);
        return kept;
    }

    /** The same on PostgreSQL: every kind of tampering found where it was done, by the service and offline; after a restart, valid. */
    @Tag(DatabaseReport.POSTGRESQL)
    @Test
    void on_postgresql_tampering_is_found_where_it_was_done_by_the_service_and_offline() throws Exception {
        Path dir = Files.createTempDirectory("ledger-seal-pg-");
        LedgerTestUsers.write(dir);
        String[] settings = java.util.stream.Stream.concat(java.util.Arrays.stream(SETTINGS), java.util.stream.Stream.of(
                "--spring.profiles.active=postgres", "--spring.datasource.url=" + TestPostgres.newDatabase("seal"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=")).toArray(String[]::new);
        Checkpoint kept;
        try (ConfigurableApplicationContext ledger = LedgerInstances.start(dir, settings)) {
            kept = tamperingIsFoundAndUndone(ledger, LedgerInstances.client(ledger));
        }
        try (ConfigurableApplicationContext ledger = LedgerInstances.start(dir, settings)) {
            LedgerHttp http = LedgerInstances.client(ledger);
            JsonNode afterRestart = verify(http);
            assertThat(afterRestart.get("valid").asBoolean()).as(afterRestart.toString()).isTrue();
            assertThat(offline(http, kept).valid()).isTrue();
        }
    }

    private static void assertFound(LedgerHttp http, Checkpoint kept, long position, String reason, long leaf, String offlineReason) throws Exception {
        JsonNode answer = verify(http);
        assertThat(answer.get("valid").asBoolean()).as(answer.toString()).isFalse();
        assertThat(answer.get("firstInvalid").get("position").asLong()).as(answer.toString()).isEqualTo(position);
        assertThat(answer.get("firstInvalid").get("reason").asString()).as(answer.toString()).startsWith(reason);

        ExportVerifier.Report report = offline(http, kept);
        assertThat(report.firstInvalid()).as(report.toString()).isPresent();
        assertThat(report.firstInvalid().get().leaf()).as(report.toString()).isEqualTo(leaf);
        assertThat(report.firstInvalid().get().reason()).as(report.toString()).startsWith(offlineReason);
    }

    private static JsonNode verify(LedgerHttp http) {
        LedgerHttp.Answer answer = http.get("ops", "/api/v1/ledger/verify");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static void awaitSealedAndSigned(LedgerHttp http, long events) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode answer = verify(http);
            assertThat(answer.get("sealed").asLong()).isEqualTo(events);
            LedgerHttp.Answer latest = http.get("icb", "/api/v1/ledger/checkpoints/latest");
            assertThat(latest.status()).as(latest.toString()).isEqualTo(200);
            JsonNode items = http.get("icb", "/api/v1/ledger/checkpoints?limit=1000").json().get("items");
            assertThat(latest.json()).as("the latest is the list's last").isEqualTo(items.get(items.size() - 1));
            assertThat(latest.json().get("size").asLong()).isEqualTo(events);
        });
    }

    /** The checkpoint a user would keep now. */
    private static Checkpoint latestCheckpoint(LedgerHttp http) {
        LedgerHttp.Answer latest = http.get("icb", "/api/v1/ledger/checkpoints/latest");
        assertThat(latest.status()).as(latest.toString()).isEqualTo(200);
        return LedgerExport.checkpoint(latest.json());
    }

    private static ExportVerifier.Report offline(LedgerHttp http, Checkpoint kept) throws Exception {
        return offline(http, kept, null);
    }

    private static ExportVerifier.Report offline(LedgerHttp http, Checkpoint kept, String event) throws Exception {
        LedgerHttp.Answer export = http.getAs("ledger-chair", "/api/v1/ledger/export", "application/x-ndjson");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        LedgerExport parsed = LedgerExport.read(new BufferedReader(new StringReader(export.raw().body())));
        String key = http.get("icb", "/api/v1/ledger/key").json().get("publicKey").asString();
        return ExportVerifier.verify(parsed, kept, Checkpoint.publicKey(key), event);
    }

    private static String firstEventId(LedgerHttp http) throws Exception {
        LedgerHttp.Answer export = http.getAs("ledger-chair", "/api/v1/ledger/export", "application/x-ndjson");
        return LedgerExport.read(new BufferedReader(new StringReader(export.raw().body()))).entries().get(0).sealed().identifier();
    }

    /** A checkpoint of another history, in which the second event said something else, signed with the ledger's own key. */
    private static Checkpoint forkedCheckpoint(LedgerHttp http, Path dir, int size) throws Exception {
        LedgerHttp.Answer export = http.getAs("ledger-chair", "/api/v1/ledger/export", "application/x-ndjson");
        LedgerExport real = LedgerExport.read(new BufferedReader(new StringReader(export.raw().body())));
        List<byte[]> leaves = new ArrayList<>();
        for (LedgerExport.Entry entry : real.entries().subList(0, size)) {
            SealedEvent sealed = entry.sealed();
            if (entry.leaf() == 1) {
                byte[] other = entry.payload().toString().replace("Topic 2", "Another topic").getBytes(StandardCharsets.UTF_8);
                sealed = new SealedEvent(sealed.identifier(), sealed.aggregateType(), sealed.aggregate(), sealed.sequence(), sealed.type(),
                        sealed.revision(), sealed.timestamp(), SealedEvent.digest(other), sealed.metadataSha256());
            }
            leaves.add(sealed.leafHash());
        }
        String pem = Files.readString(dir.resolve("data").resolve("ledger-signing-key.pem"));
        return Checkpoint.sign(size, MerkleTree.root(leaves, size), "2026-11-23T12:00:00Z", Checkpoint.privateKey(pem), Checkpoint.publicKey(pem));
    }

    /** Edits the database under the running service, as someone with access to its file could. */
    private static final class Tamper {
        final JdbcTemplate jdbc;

        Tamper(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        Map<String, Object> row(long position) {
            Map<String, Object> row = new LinkedHashMap<>();
            jdbc.queryForMap("select * from domain_event_entry where global_index = ?", position)
                    .forEach((column, value) -> row.put(column.toLowerCase(), value instanceof Blob blob ? bytes(blob) : value));
            return row;
        }

        void set(long position, String column, Object value) {
            assertThat(jdbc.update("update domain_event_entry set " + column + " = ? where global_index = ?", value, position)).isOne();
        }

        void delete(long position) {
            assertThat(jdbc.update("delete from domain_event_entry where global_index = ?", position)).isOne();
        }

        void insert(Map<String, Object> row) {
            insertInto("domain_event_entry", row);
        }

        void insertInto(String table, Map<String, Object> row) {
            List<String> columns = new ArrayList<>(row.keySet());
            jdbc.update(insertSql(table, columns), columns.stream().map(row::get).toArray());
        }

        /** Inserts the row on this connection, in its transaction. */
        static void insert(Connection connection, String table, Map<String, Object> row) throws SQLException {
            List<String> columns = new ArrayList<>(row.keySet());
            try (PreparedStatement insert = connection.prepareStatement(insertSql(table, columns))) {
                for (int i = 0; i < columns.size(); i++) {
                    insert.setObject(i + 1, row.get(columns.get(i)));
                }
                assertThat(insert.executeUpdate()).isOne();
            }
        }

        private static String insertSql(String table, List<String> columns) {
            return "insert into " + table + " (" + String.join(", ", columns) + ") values (" + "?, ".repeat(columns.size() - 1) + "?)";
        }

        /**
         * The topic defined at {@code position}, made into the definition of another topic at {@code at}: a well-formed
         * event of the ledger's own, that its processors can handle.
         */
        Map<String, Object> copyOf(long position, long at, String slug) {
            Map<String, Object> row = row(position);
            String original = ((String) row.get("aggregate_identifier")).replaceFirst("^topic:", "");
            row.put("global_index", at);
            row.put("event_identifier", UUID.randomUUID().toString());
            row.put("aggregate_identifier", "topic:" + slug);
            row.put("sequence_number", 0L);
            row.put("payload", new String(bytes(row.get("payload")), StandardCharsets.UTF_8).replace("\"" + original + "\"", "\"" + slug + "\"")
                    .getBytes(StandardCharsets.UTF_8));
            return row;
        }

        /** The leaf the event at {@code position} was sealed as. */
        long leafOf(long position) {
            return jdbc.queryForObject("select leaf from ledger_seal where position = ?", Long.class, position);
        }

        /** Swaps the positions of two events. */
        void swap(long a, long b) {
            jdbc.update("update domain_event_entry set global_index = -1 where global_index = ?", a);
            jdbc.update("update domain_event_entry set global_index = ? where global_index = ?", a, b);
            jdbc.update("update domain_event_entry set global_index = ? where global_index = -1", b);
        }

        byte[] bytes(Object value) {
            if (value instanceof byte[] bytes) {
                return bytes;
            }
            try {
                Blob blob = (Blob) value;
                return blob.getBytes(1, (int) blob.length());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

}
