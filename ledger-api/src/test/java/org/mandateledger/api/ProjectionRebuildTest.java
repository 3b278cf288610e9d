package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mandateledger.api.LedgerHttp.body;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mandateledger.api.ledger.ProjectionProgress;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every read model rebuilt from the event store answers exactly as the live one did: an operator
 * asks for a replay ({@code POST /admin/replay}), every projection is emptied and replayed, and every resource the
 * ledger can be asked about — found from the event feed itself — is compared in full, answered as
 * at one fixed instant wherever the contract takes one.
 */
class ProjectionRebuildTest extends LedgerServiceTest {

    private static final String READER = "registrar";

    @Autowired
    private ProjectionProgress progress;

    @Test
    void rebuilt_read_models_answer_as_the_live_ones() {
        recordACompleteCycle();
        long head = eventStore.head();
        await().atMost(Duration.ofSeconds(10)).until(() -> progress.position() >= head);
        Instant at = Instant.now();
        Map<String, JsonNode> live = ReadModelAnswers.everyAnswer(http, READER, at);
        for (String kind : List.of("/organisations/", "/topics/", "/forums/", "/people/", "/meetings/", "/issues/", "/appointments/",
                "/mandates/", "/briefs/", "/audit?", "/actions?", "/coverage?", "/speaking-rights?")) {
            assertThat(live.keySet()).as("compared: " + kind).anyMatch(path -> path.contains(kind) && path.endsWith("-> 200"));
        }

        // The replay an operator asks for: 202 at once, progress until it has caught up.
        assertThat(http.post("registrar", "/api/v1/admin/replay", null).status()).as("replay is the ADMIN's").isEqualTo(403);
        LedgerHttp.Answer started = http.post("ops", "/api/v1/admin/replay", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.header("Location")).isEqualTo("/api/v1/admin/replay");
        LedgerHttp.Answer again = http.post("ops", "/api/v1/admin/replay", null);
        assertThat(again.status()).as("a second replay while one runs").isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("REPLAY_IN_PROGRESS");
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            JsonNode processor = http.get("ops", "/api/v1/admin/replay").json().get("processors").get(0);
            return !processor.get("replaying").asBoolean() && processor.get("position").asLong() >= processor.get("head").asLong();
        });
        assertThat(progress.position()).isGreaterThanOrEqualTo(head);

        Map<String, JsonNode> rebuilt = ReadModelAnswers.everyAnswer(http, READER, at);
        assertThat(rebuilt.keySet()).isEqualTo(live.keySet());
        for (Map.Entry<String, JsonNode> answer : live.entrySet()) {
            assertThat(rebuilt.get(answer.getKey())).as(answer.getKey()).isEqualTo(answer.getValue());
        }
    }

    /** A small confederation taken through every kind of record, so the rebuild has each read model to fill. */
    private void recordACompleteCycle() {
        String conf = "/api/v1/confederations/rebuild-test";
        http.put(READER, "/api/v1/organisations/RBD001", body("name", "Rebuild One", "kind", "PRACTICE", "registeredPatients", 7000));
        http.put(READER, "/api/v1/organisations/RBD002", body("name", "Rebuild Two", "kind", "PRACTICE", "registeredPatients", 3000));
        http.put(READER, "/api/v1/topics/rebuild-topic", body("title", "Rebuild topic"));
        http.put(READER, "/api/v1/forums/rebuild-forum", body("name", "Rebuild forum", "level", "PLACE"));
        var half = body("practices", 0.5, "patients", 0.5);
        http.put(READER, conf, body("name", "Rebuild", "place", "Nowhere", "constitution", body("thresholds",
                body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half), "adoption", half, "feedbackDueDays", 0)));
        List<String> mandates = new ArrayList<>();
        for (String practice : List.of("RBD001", "RBD002")) {
            http.put(READER, conf + "/members/" + practice, null);
            mandates.add(http.post(READER, conf + "/mandates", body("grantor", practice, "topics", List.of("*"), "ceiling", "AGREE",
                    "validFrom", LocalDate.now().minusDays(1).toString(), "validUntil", LocalDate.now().plusDays(20).toString()))
                    .json().get("id").asString());
        }
        String issue = http.post(READER, conf + "/issues", body("title", "Rebuild issue", "topic", "rebuild-topic", "level", "PLACE",
                "scope", "COLLECTIVE", "raisedBy", "RBD001")).json().get("id").asString();
        http.post(READER, "/api/v1/issues/" + issue + "/positions", body("statement", "Rebuild position", "essentialTerms", List.of("red"),
                "negotiableTerms", List.of("amber"), "support", body("for", List.of("RBD001", "RBD002"), "against", List.of(), "abstain", List.of())));
        String person = http.post(READER, "/api/v1/people", body("name", "Dr Rebuild", "role", "GP", "organisation", "RBD001",
                "login", "rebuild.delegate")).json().get("id").asString();
        String appointment = http.post(READER, conf + "/appointments", body("person", person, "forums", List.of("*"),
                "topics", List.of("*"), "ceiling", "NEGOTIATE", "from", LocalDate.now().minusDays(1).toString())).json().get("id").asString();
        Instant startsAt = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
        String meeting = http.post(READER, "/api/v1/meetings", body("forum", "rebuild-forum", "startsAt", startsAt.toString(),
                "title", "Rebuild board")).json().get("id").asString();
        String brief = http.post(READER, "/api/v1/briefs", body("appointment", appointment, "meeting", meeting, "items",
                List.of(body("issue", issue, "authority", "NEGOTIATE")))).json().get("id").asString();
        assertThat(http.post("rebuild-delegate", "/api/v1/briefs/" + brief + "/acknowledgement", null).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(startsAt));
        LedgerHttp.Answer feedback = http.post("rebuild-delegate", "/api/v1/briefs/" + brief + "/feedback", body(
                "items", List.of(body("issue", issue, "outcome", "AGREED", "summary", "agreed", "conceded", List.of("E1"),
                        "commitments", List.of("a commitment"))),
                "unbriefed", List.of(body("topic", "rebuild-topic", "summary", "spoke")),
                "actions", List.of(body("description", "first", "owner", "RBD001", "due", LocalDate.now().minusDays(2).toString()),
                        body("description", "second", "owner", "RBD002", "due", LocalDate.now().plusDays(2).toString()))));
        assertThat(feedback.status()).as(feedback.toString()).isEqualTo(201);
        assertThat(http.post("rebuild-chair", "/api/v1/briefs/" + brief + "/items/" + issue + "/ratification",
                body("decision", "REJECTED", "note", "not now")).status()).isEqualTo(200);
        String action = http.get("rebuild-chair", conf + "/actions?status=OPEN").json().get("items").get(0).get("id").asString();
        assertThat(http.post(READER, "/api/v1/actions/" + action + "/completion", body("note", "done")).status()).isEqualTo(200);
        assertThat(http.post(READER, "/api/v1/mandates/" + mandates.get(1) + "/withdrawal", body("reason", "rebuild")).status()).isEqualTo(200);
    }
}
