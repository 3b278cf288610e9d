package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mandateledger.api.LedgerHttp.body;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Personal data is kept out of what is sealed (ADR 0016): a person's name, login and interests'
 * descriptions live in the vault, the events refer to them, and an erasure blanks the vault and
 * the read models while every stored event and its seal stay byte for byte as they were, so the
 * ledger still verifies. A person recorded before the vault is read through it too.
 */
class PersonalDataTest extends LedgerServiceTest {

    private static final String PRACTICE = "PDV01";
    private static final String TOPIC = "pdv-estates";
    private static final String NAME = "Dr Vera Vaultkeeper";
    private static final String LOGIN = "dr.vaultkeeper";
    private static final String DESCRIPTION = "partner owns the Vault Lane surgery building";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void personal_values_live_in_the_vault_and_an_erasure_leaves_every_sealed_event_as_it_was() {
        http.put("registrar", "/api/v1/organisations/" + PRACTICE, body("name", "Vault Practice", "kind", "PRACTICE", "registeredPatients", 1000));
        http.put("registrar", "/api/v1/topics/" + TOPIC, body("title", "Estates (vault)"));
        LedgerHttp.Answer registered = http.post("registrar", "/api/v1/people",
                body("name", NAME, "role", "GP partner", "organisation", PRACTICE, "login", LOGIN));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        String person = "/api/v1/people/" + id;
        LedgerHttp.Answer declared = http.post("registrar", person + "/interests", body("topic", TOPIC, "category", "FINANCIAL", "description", DESCRIPTION));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);

        JsonNode before = http.get("registrar", person).json();
        assertThat(before.get("name").asString()).isEqualTo(NAME);
        assertThat(before.get("login").asString()).isEqualTo(LOGIN);
        assertThat(before.get("erased").asBoolean()).isFalse();
        assertThat(before.get("interests").get(0).get("description").asString()).isEqualTo(DESCRIPTION);

        List<String> payloads = storedPayloads(id);
        assertThat(payloads).hasSize(2).allSatisfy(payload -> assertThat(payload).doesNotContain(NAME, LOGIN, DESCRIPTION, "Vault Lane"));
        assertThat(jdbc.queryForList("select kept_value from personal_data where subject = ? order by kept_at, field", String.class, "person:" + id))
                .containsExactlyInAnyOrder(NAME, LOGIN, DESCRIPTION);

        List<String> metadata = jdbc.query("select meta_data from domain_event_entry where aggregate_identifier = ?",
                (row, i) -> new String(row.getBytes(1), StandardCharsets.UTF_8), "person:" + id);
        String pseudonym = jdbc.queryForObject("select ref from personal_data where subject = 'user:registrar' and field = 'username'", String.class);
        assertThat(metadata).as("who recorded them, by pseudonym").hasSize(2)
                .allSatisfy(m -> assertThat(m).contains("\"actorRef\":\"" + pseudonym + "\"").doesNotContain("registrar"));

        List<Map<String, Object>> seals = awaitSealed(id);

        refusedWrite(403, () -> http.post("registrar", "/api/v1/admin/erasures", body("person", id, "ground", "PERSON_ASKED")));
        refusedWrite(400, () -> http.post("ops", "/api/v1/admin/erasures", body("person", id, "ground", "WHIM")));
        refusedWrite(400, () -> http.post("ops", "/api/v1/admin/erasures", body("person", id)));
        refusedWrite(404, () -> http.post("ops", "/api/v1/admin/erasures", body("person", UUID.randomUUID().toString(), "ground", "PERSON_ASKED")));

        long events = eventStore.count();
        LedgerHttp.Answer erased = http.post("ops", "/api/v1/admin/erasures", body("person", id, "ground", "PERSON_ASKED"));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(eventStore.count()).as("one PersonalDataErased").isEqualTo(events + 1);
        assertThat(erased.json().get("fields").valueStream().map(JsonNode::asString)).containsExactly("name", "login", "interest-description");
        assertThat(erased.json().get("heldInSealedEvents").asLong()).isZero();
        JsonNode after = erased.json().get("person");
        assertThat(after.get("name").asString()).isEqualTo("[erased]");
        assertThat(after.get("login").isNull()).isTrue();
        assertThat(after.get("erased").asBoolean()).isTrue();
        assertThat(after.get("interests").get(0).get("description").asString()).isEqualTo("[erased]");
        assertThat(after.get("role").asString()).as("what is not personal stays").isEqualTo("GP partner");

        assertThat(jdbc.queryForList("select kept_value from personal_data where subject = ?", String.class, "person:" + id)).containsOnlyNulls();
        List<String> erasedEvent = jdbc.query("select payload from domain_event_entry where aggregate_identifier = ? and payload_type like '%PersonalDataErased'",
                (row, i) -> new String(row.getBytes(1), StandardCharsets.UTF_8), "person:" + id);
        assertThat(erasedEvent).singleElement().asString().contains("PERSON_ASKED").doesNotContain(NAME, LOGIN, DESCRIPTION);
        assertThat(storedPayloads(id).subList(0, 2)).as("the events that referred to the values are untouched").isEqualTo(payloads);
        assertThat(awaitSealed(id).subList(0, 2)).as("and so are their seals").isEqualTo(seals);

        refusedWrite(409, () -> http.post("ops", "/api/v1/admin/erasures", body("person", id, "ground", "PERSON_ASKED")));
        refusedWrite(409, () -> http.post("registrar", person + "/interests", body("topic", TOPIC, "category", "PERSONAL", "description", "again")));
    }

    @Test
    void a_person_recorded_before_the_vault_is_read_through_it_and_erased_from_all_but_the_sealed_copy() {
        http.put("registrar", "/api/v1/organisations/" + PRACTICE, body("name", "Vault Practice", "kind", "PRACTICE", "registeredPatients", 1000));
        String id = UUID.randomUUID().toString();
        String legacyName = "Dr Rhiannon Revisionone";
        // A revision-1 event as the service stored it before the vault, and the copy into the vault that runs at start, committed together.
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            RevisionOnePeople.insert(jdbc, id, legacyName, PRACTICE, null);
            context.getBean("legacyPersonalData", SmartInitializingSingleton.class).afterSingletonsInstantiated();
        });

        String person = "/api/v1/people/" + id;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(http.get("registrar", person).status()).isEqualTo(200));
        assertThat(http.get("registrar", person).json().get("name").asString()).isEqualTo(legacyName);
        assertThat(jdbc.queryForObject("select sealed_copy from personal_data where subject = ? and field = 'name'", Boolean.class, "person:" + id))
                .isTrue();

        LedgerHttp.Answer erased = http.post("ops", "/api/v1/admin/erasures", body("person", id, "ground", "NO_LONGER_NEEDED"));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.json().get("person").get("name").asString()).isEqualTo("[erased]");
        assertThat(erased.json().get("heldInSealedEvents").asLong()).as("the old event's payload still holds the name").isEqualTo(1);
        assertThat(storedPayloads(id).get(0)).contains(legacyName);
        awaitSealed(id);
    }

    private List<String> storedPayloads(String id) {
        return jdbc.query("select payload from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                (row, i) -> new String(row.getBytes(1), StandardCharsets.UTF_8), "person:" + id);
    }

    /** Waits until every event of the person is sealed and the whole ledger verifies; answers their seals. */
    private List<Map<String, Object>> awaitSealed(String id) {
        List<Long> positions = jdbc.queryForList("select global_index from domain_event_entry where aggregate_identifier = ? order by sequence_number",
                Long.class, "person:" + id);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode verified = http.get("ops", "/api/v1/ledger/verify").json();
            assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();
            assertThat(verified.get("sealed").asLong()).as(verified.toString()).isGreaterThanOrEqualTo(positions.size());
            assertThat(jdbc.queryForObject("select count(*) from ledger_seal where position in (" + String.join(",",
                    positions.stream().map(String::valueOf).toList()) + ")", Long.class)).isEqualTo(positions.size());
        });
        return positions.stream()
                .map(position -> jdbc.queryForMap("select leaf, position, leaf_hash from ledger_seal where position = ?", position))
                .toList();
    }
}
