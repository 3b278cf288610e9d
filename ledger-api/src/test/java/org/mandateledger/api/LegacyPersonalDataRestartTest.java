package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mandateledger.api.LedgerHttp.body;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A ledger written before the personal data vault, as an upgrade finds it: a revision-1
 * {@code PersonRegistered} holding a name and a login is in the database file when the service
 * starts. The copy into the vault runs at start, before any processor reads the event; the person
 * reads with their name and login through the vault, the ledger verifies, and a second start copies
 * nothing twice (ADR 0016).
 */
class LegacyPersonalDataRestartTest {

    private static final String PRACTICE = "LPD01";
    private static final String NAME = "Dr Owain Oldrecord";
    private static final String LOGIN = "dr.oldrecord";

    @Test
    void a_person_recorded_before_the_vault_is_copied_into_it_at_start_once_and_read_through_it() throws Exception {
        Path dir = Files.createTempDirectory("ledger-legacy-");
        LedgerTestUsers.write(dir);
        try (ConfigurableApplicationContext ledger = LedgerInstances.start(dir)) {
            LedgerHttp http = LedgerInstances.client(ledger);
            assertThat(http.put("registrar", "/api/v1/organisations/" + PRACTICE,
                    body("name", "Old Record Practice", "kind", "PRACTICE", "registeredPatients", 1000)).status()).isEqualTo(201);
        }

        // Written into the stopped service's file as the service stored it before the vault.
        String id = UUID.randomUUID().toString();
        LedgerInstances.whileStopped(dir, jdbc -> RevisionOnePeople.insert(jdbc, id, NAME, PRACTICE, LOGIN));

        String person = "/api/v1/people/" + id;
        List<Object> keptAt;
        try (ConfigurableApplicationContext ledger = LedgerInstances.start(dir)) {
            LedgerHttp http = LedgerInstances.client(ledger);
            JdbcTemplate jdbc = ledger.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(http.get("registrar", person).status()).isEqualTo(200));
            JsonNode read = http.get("registrar", person).json();
            assertThat(read.get("name").asString()).as(read.toString()).isEqualTo(NAME);
            assertThat(read.get("login").asString()).as(read.toString()).isEqualTo(LOGIN);
            assertThat(jdbc.queryForList("select field from personal_data where subject = ? and sealed_copy = true order by field", String.class,
                    "person:" + id)).containsExactly("login", "name");
            keptAt = jdbc.queryForList("select kept_at from personal_data where subject = ? order by field", Object.class, "person:" + id);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                JsonNode verified = http.get("ops", "/api/v1/ledger/verify").json();
                assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
                assertThat(verified.get("sealed").asLong()).as(verified.toString()).isEqualTo(verified.get("events").asLong());
            });
        }

        try (ConfigurableApplicationContext ledger = LedgerInstances.start(dir)) {
            LedgerHttp http = LedgerInstances.client(ledger);
            // A copy again would write over the same references (they are derived from the event): the rows' times would change.
            assertThat(ledger.getBean(JdbcTemplate.class).queryForList("select kept_at from personal_data where subject = ? order by field",
                    Object.class, "person:" + id)).as("copied once, not again at the next start").isEqualTo(keptAt);
            JsonNode read = http.get("registrar", person).json();
            assertThat(read.get("name").asString()).as(read.toString()).isEqualTo(NAME);
            assertThat(http.get("ops", "/api/v1/ledger/verify").json().get("valid").asBoolean()).isTrue();
        }
    }
}
