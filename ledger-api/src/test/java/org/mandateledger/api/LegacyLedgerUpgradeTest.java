package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A ledger written by the last release before migrations (its schema made by Hibernate's
 * {@code ddl-auto}; test data in {@code legacy/before-migrations}) upgrades in place at its next
 * start: Flyway baselines it at version 1 and applies what came after, Hibernate finds every table as
 * the entities expect, every event is kept, the seal verifies over all of them, and every read that
 * release answered is answered the same. It then takes writes, and starts again without migrating twice.
 */
class LegacyLedgerUpgradeTest {

    private static final String FIXTURE = "/legacy/before-migrations/";
    /** The events that release had stored, sealed and checkpointed. */
    private static final int EVENTS = 276;

    @Test
    void a_ledger_made_before_migrations_keeps_every_event_verifies_and_answers_as_before() throws Exception {
        Path dir = Files.createTempDirectory("ledger-legacy-");
        LedgerTestUsers.write(dir);
        Path data = Files.createDirectories(dir.resolve("data"));
        for (String file : List.of("ledger.mv.db", "ledger-signing-key.pem")) {
            copy(FIXTURE + file, data.resolve(file));
        }
        JsonNode expected = LedgerHttp.JSON.readTree(resource(FIXTURE + "answers.json"));

        try (ConfigurableApplicationContext ledger = LedgerInstances.start(dir, "--ledger.webhooks.allow-private-addresses=true")) {
            LedgerHttp http = LedgerInstances.client(ledger);
            JsonNode verified = http.get("ledger-chair", "/api/v1/ledger/verify").json();
            assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
            assertThat(verified.get("events").asInt()).isEqualTo(EVENTS);
            assertThat(verified.get("sealed").asInt()).isEqualTo(EVENTS);
            List<String> differing = new ArrayList<>();
            for (JsonNode read : expected) {
                LedgerHttp.Answer now = http.get(read.get("user").asString(), read.get("path").asString());
                assertThat(now.status()).as(read.get("path").asString()).isEqualTo(200);
                if (!withoutReadingTime(now.json()).equals(withoutReadingTime(read.get("answer")))) {
                    differing.add(read.get("user").asString() + " " + read.get("path").asString() + "\n  was " + read.get("answer")
                            + "\n  now " + now.json());
                }
            }
            assertThat(differing).as("reads answered otherwise than before the upgrade").isEmpty();

            // It takes writes, on the tables migrations made and on those it had.
            String slug = "/api/v1/confederations/cheshire-briefs";
            assertThat(http.post("registrar", slug + "/issues", body("title", "After the upgrade", "topic", "access", "level", "PLACE",
                    "scope", "COLLECTIVE", "raisedBy", "N81005")).status()).isEqualTo(201);
            assertThat(http.post("ledger-chair", "/api/v1/webhooks", body("url", "http://127.0.0.1:9/hook",
                    "confederations", List.of("cheshire-briefs"))).status()).isEqualTo(201);
        }
        LedgerInstances.whileStopped(dir, jdbc -> {
            List<Map<String, Object>> history = jdbc.queryForList(
                    "select \"version\", \"type\", \"success\" from \"flyway_schema_history\" where \"version\" is not null order by \"installed_rank\"");
            assertThat(history).extracting(row -> row.get("version") + " " + row.get("type") + " " + row.get("success"))
                    .containsExactly("1 BASELINE true", "2 SQL true");
        });
        try (ConfigurableApplicationContext again = LedgerInstances.start(dir, "--ledger.webhooks.allow-private-addresses=true")) {
            JsonNode verified = LedgerInstances.client(again).get("ledger-chair", "/api/v1/ledger/verify").json();
            assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
            assertThat(verified.get("events").asInt()).isEqualTo(EVENTS + 1);
        }
        LedgerInstances.whileStopped(dir, jdbc -> assertThat(jdbc.queryForObject("select count(*) from \"flyway_schema_history\" where \"version\" is not null", Integer.class))
                .as("nothing migrated twice").isEqualTo(2));
    }

    /** The audit's {@code asOf} is when it was read; every other read names its instant ({@code at=}) and must match whole. */
    private static JsonNode withoutReadingTime(JsonNode answer) {
        JsonNode copy = answer.deepCopy();
        if (copy instanceof tools.jackson.databind.node.ObjectNode object) {
            object.remove("asOf");
        }
        return copy;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = LegacyLedgerUpgradeTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void copy(String name, Path to) throws IOException {
        Files.write(to, resource(name));
    }
}
