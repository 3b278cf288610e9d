package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.mandateledger.LedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The production storage, PostgreSQL, through the {@code postgres} profile: Axon's payload and
 * metadata columns are {@code bytea}, events written are read back, and a restart answers as
 * before. Runs only when {@code LEDGER_TEST_POSTGRES_URL} names an empty database (with
 * {@code LEDGER_TEST_POSTGRES_USER} / {@code _PASSWORD}); see docs/adr/0001-stack.md.
 */
@EnabledIfEnvironmentVariable(named = "LEDGER_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
class PostgresStorageTest {

    private static final String URL = System.getenv("LEDGER_TEST_POSTGRES_URL");
    private static final String USER = System.getenv().getOrDefault("LEDGER_TEST_POSTGRES_USER", "ledger");
    private static final String PASSWORD = System.getenv().getOrDefault("LEDGER_TEST_POSTGRES_PASSWORD", "");
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

    private static ConfigurableApplicationContext start(Path dir) {
        return new SpringApplicationBuilder(LedgerApplication.class).profiles("postgres").run("--server.port=0",
                "--ledger.data-dir=" + dir.resolve("data"), "--ledger.security.users-file=" + dir.resolve("users.json"),
                "--spring.datasource.url=" + URL, "--spring.datasource.username=" + USER, "--spring.datasource.password=" + PASSWORD);
    }

}
