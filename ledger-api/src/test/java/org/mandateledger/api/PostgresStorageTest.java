package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mandateledger.api.LedgerHttp.body;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mandateledger.LedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The production storage, PostgreSQL, through the {@code postgres} profile, on a real server
 * ({@link TestPostgres}): Axon's payload and metadata columns are {@code bytea}, events written are
 * read back, and a restart answers as before. A server that would lose acknowledged writes in a crash
 * ({@code fsync} or {@code synchronous_commit} off) is refused at start, naming the setting.
 */
@Tag(DatabaseReport.POSTGRESQL)
class PostgresStorageTest {

    private static final String URL = TestPostgres.newDatabase("storage");
    private static final String USER = "postgres";
    private static final String PASSWORD = "";
    private static final String CONF = "/api/v1/confederations/postgres";

    @Test
    void events_are_stored_as_bytea_and_every_answer_survives_a_restart() throws Exception {
        Path dir = Files.createTempDirectory("ledger-postgres-");
        LedgerTestUsers.write(dir);
        JsonNode coverage;
        try (ConfigurableApplicationContext ledger = start(dir)) {
            LedgerHttp http = LedgerInstances.client(ledger);
            assertThat(http.multipart("registrar", "/api/v1/organisations/import", CheshireFiles.importFiles()).status()).isEqualTo(200);
            http.put("registrar", "/api/v1/topics/pg-access", body("title", "Access"));
            var half = body("practices", 0.5, "patients", 0.5);
            http.put("registrar", CONF, body("name", "Postgres", "place", "Cheshire", "constitution",
                    body("thresholds", body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half), "adoption", half, "feedbackDueDays", 7)));
            for (String practice : List.of("N81001", "N81002", "N81005")) {
                http.put("registrar", CONF + "/members/" + practice, null);
            }
            for (String practice : List.of("N81002", "N81005")) {
                assertThat(http.post("registrar", CONF + "/mandates", body("grantor", practice, "topics", List.of("pg-access"),
                        "ceiling", "AGREE", "validFrom", LocalDate.now().toString())).status()).isEqualTo(201);
            }
            coverage = http.get("registrar", CONF + "/coverage?topic=pg-access").json();
            assertThat(coverage.get("authority").asString()).isEqualTo("AGREE");
            LedgerHttp.Answer backup = http.post("ops", "/api/v1/admin/backups", null);
            assertThat(backup.status()).as("PostgreSQL is backed up with its own tools").isEqualTo(409);
            assertThat(backup.json().get("code").asString()).isEqualTo("BACKUP_NOT_EMBEDDED");
        }
        try (Connection db = DriverManager.getConnection(URL, USER, PASSWORD);
             ResultSet columns = db.createStatement().executeQuery("select column_name, data_type from information_schema.columns "
                     + "where table_name = 'domain_event_entry' and column_name in ('payload', 'meta_data')")) {
            int found = 0;
            while (columns.next()) {
                assertThat(columns.getString("data_type")).as(columns.getString("column_name")).isEqualTo("bytea");
                found++;
            }
            assertThat(found).isEqualTo(2);
        }
        try (ConfigurableApplicationContext ledger = start(dir)) {
            JsonNode again = LedgerInstances.client(ledger).get("registrar", CONF + "/coverage?topic=pg-access").json();
            assertThat(again.get("levels")).isEqualTo(coverage.get("levels"));
            assertThat(again.get("authority")).isEqualTo(coverage.get("authority"));
        }
    }

    @Test
    void a_server_that_could_lose_acknowledged_writes_is_refused_at_start_naming_the_setting() throws Exception {
        Path dir = Files.createTempDirectory("ledger-postgres-unsafe-");
        LedgerTestUsers.write(dir);
        try (EmbeddedPostgres unsafe = TestPostgres.start(Map.of("fsync", "off", "synchronous_commit", "off"))) {
            assertThatThrownBy(() -> start(dir, unsafe.getJdbcUrl("postgres", "postgres")).close())
                    .rootCause().hasMessageContaining("fsync is off (set fsync = on)")
                    .hasMessageContaining("synchronous_commit is off")
                    .hasMessageContaining("a write the ledger has acknowledged can be lost in a crash");
        }
        try (EmbeddedPostgres unsafe = TestPostgres.start(Map.of("fsync", "on", "synchronous_commit", "off"))) {
            assertThatThrownBy(() -> start(dir, unsafe.getJdbcUrl("postgres", "postgres")).close())
                    .rootCause().hasMessageContaining("synchronous_commit is off").hasMessageNotContaining("fsync is off");
        }
    }

    private static ConfigurableApplicationContext start(Path dir) {
        return start(dir, URL);
    }

    private static ConfigurableApplicationContext start(Path dir, String url) {
        return new SpringApplicationBuilder(LedgerApplication.class).profiles("postgres").run("--server.port=0",
                "--ledger.data-dir=" + dir.resolve("data"), "--ledger.security.users-file=" + dir.resolve("users.json"),
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD);
    }

}
