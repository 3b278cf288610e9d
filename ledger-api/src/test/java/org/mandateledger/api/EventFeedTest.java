package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mandateledger.api.LedgerHttp.body;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The event feed: every event once, in strictly increasing positions, paged by {@code after};
 * within the caller's reach; and for the ICB with every term, emerging view, brief content and
 * feedback detail removed — searched for in the whole of every answer.
 */
class EventFeedTest extends LedgerServiceTest {

    private static final String CONF = "/api/v1/confederations/feed-test";
    private static final List<String> SECRETS = List.of("SECRET-RED-LINE", "SECRET-NEGOTIABLE", "SECRET-EMERGING", "SECRET-NOTES",
            "SECRET-REFER-BACK", "SECRET-SUMMARY", "SECRET-COMMITMENT", "SECRET-ACTION", "SECRET-MANDATE-TERMS");
    /**
     * The briefed delegate's login: a person's login, like what their interests say (SECRET-INTEREST, kept
     * in the vault and in no payload), is for general practice, never for a system partner or an operator.
     */
    private static final String LOGIN = "feed.delegate";

    private String person;

    @Test
    void the_feed_holds_every_event_once_in_order_within_reach_and_redacted_for_the_icb() {
        recordAConfederationWithEverySecret();

        List<JsonNode> whole = http.events("registrar", 0);
        List<Long> positions = whole.stream().map(e -> e.get("position").asLong()).toList();
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        assertThat(whole).hasSize((int) eventStore.count());
        Set<String> ids = new HashSet<>();
        whole.forEach(e -> ids.add(e.get("id").asString()));
        assertThat(ids).hasSize(whole.size());
        JsonNode first = whole.get(0);
        assertThat(first.has("type") && first.has("aggregate") && first.has("sequence") && first.has("occurredAt") && first.has("payload"))
                .isTrue();
        String wholeText = whole.toString();
        assertThat(SECRETS).allSatisfy(secret -> assertThat(wholeText).as("a chair's feed is whole").contains(secret));

        // The ICB: the same events, with nothing of general practice's negotiating position.
        List<JsonNode> icb = http.events("icb", 0);
        assertThat(icb).hasSize(whole.size());
        String icbText = icb.toString();
        assertThat(SECRETS).allSatisfy(secret -> assertThat(icbText).as("the ICB's feed").doesNotContain(secret));
        assertThat(icbText).contains("PUBLIC-ADOPTED-STATEMENT");
        assertThat(icbText).as("the ICB's feed").doesNotContain(LOGIN);
        assertThat(http.events("ops", 0).toString()).as("an operator's feed is redacted as for the ICB").doesNotContain("SECRET-").doesNotContain(LOGIN);

        // Another confederation's chair sees reference data but nothing of this confederation.
        List<JsonNode> other = http.events("other-chair", 0);
        assertThat(other.toString()).doesNotContain("feed-test").doesNotContain("SECRET-").doesNotContain("PUBLIC-ADOPTED-STATEMENT");
        assertThat(other.stream().anyMatch(e -> e.get("aggregate").get("id").asString().equals("FEED01"))).isTrue();

        // Paging: after a position, strictly after it.
        long middle = positions.get(positions.size() / 2);
        JsonNode page = http.get("registrar", "/api/v1/events?after=" + middle + "&limit=5").json();
        assertThat(page.get("events")).hasSize(5);
        assertThat(page.get("events").get(0).get("position").asLong()).isGreaterThan(middle);
        assertThat(page.get("next").asString()).isEqualTo(page.get("events").get(4).get("position").asString());

        // Every other answer the ICB may have, searched whole: the confederation, coverage, speaking rights, the register, the person.
        List<String> icbReads = new ArrayList<>(List.of(CONF, CONF + "/coverage?topic=feed-topic", CONF + "/issues", CONF + "/mandates",
                "/api/v1/people/" + person,
                "/api/v1/speaking-rights?confederation=feed-test&topic=feed-topic", "/api/v1/speaking-rights?confederation=feed-test&topic=feed-topic&forum=feed-forum"));
        http.get("registrar", CONF + "/issues").json().get("items").forEach(i -> icbReads.add("/api/v1/issues/" + i.get("id").asString()));
        for (String path : icbReads) {
            LedgerHttp.Answer seen = http.get("icb", path);
            assertThat(seen.status()).as(path).isEqualTo(200);
            assertThat(seen.raw().body()).as("the ICB's " + path).doesNotContain("SECRET-").doesNotContain(LOGIN);
        }
        // One rule whichever route: the person as the ICB and an operator read them, and as general practice does.
        for (String outsider : List.of("icb", "ops")) {
            JsonNode seen = http.get(outsider, "/api/v1/people/" + person).json();
            assertThat(seen.get("name").asString()).as(outsider).isEqualTo("Dr Feed");
            assertThat(seen.get("login").isNull()).as(outsider).isTrue();
            assertThat(seen.get("interests").get(0).get("category").asString()).as(outsider).isEqualTo("FINANCIAL");
            assertThat(seen.get("interests").get(0).get("description").isNull()).as(outsider).isTrue();
        }
        for (String insider : List.of("registrar", "feed-delegate")) {
            JsonNode seen = http.get(insider, "/api/v1/people/" + person).json();
            assertThat(seen.get("login").asString()).as(insider).isEqualTo(LOGIN);
            assertThat(seen.get("interests").get(0).get("description").asString()).as(insider).startsWith("SECRET-INTEREST");
        }
        assertThat(http.get("icb", "/api/v1/speaking-rights?confederation=feed-test&topic=feed-topic").raw().body())
                .as("speaking rights name the adopted statement").contains("PUBLIC-ADOPTED-STATEMENT");

        // A grantor's terms are kept from partners in the mandates list as in the feed.
        assertThat(http.get("registrar", CONF + "/mandates").raw().body()).contains("SECRET-MANDATE-TERMS");
        for (String outsider : List.of("icb", "ops", "other-chair")) {
            assertThat(http.get(outsider, CONF + "/mandates").raw().body()).as(outsider).contains("FEED01").doesNotContain("SECRET-");
        }

        assertThat(http.get("feed-delegate", "/api/v1/events").status()).isEqualTo(403);
        assertThat(http.get("registrar", "/api/v1/events?after=-1").status()).isEqualTo(400);
        assertThat(http.get("registrar", "/api/v1/events?limit=0").status()).isEqualTo(400);
    }

    private void recordAConfederationWithEverySecret() {
        http.put("registrar", "/api/v1/organisations/FEED01", body("name", "Feed Practice One", "kind", "PRACTICE", "registeredPatients", 6000));
        http.put("registrar", "/api/v1/organisations/FEED02", body("name", "Feed Practice Two", "kind", "PRACTICE", "registeredPatients", 4000));
        http.put("registrar", "/api/v1/topics/feed-topic", body("title", "Feed topic"));
        http.put("registrar", "/api/v1/forums/feed-forum", body("name", "Feed forum", "level", "PLACE"));
        var half = body("practices", 0.5, "patients", 0.5);
        http.put("registrar", CONF, body("name", "Feed", "place", "Nowhere", "constitution", body("thresholds",
                body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half), "adoption", half, "feedbackDueDays", 7)));
        for (String practice : List.of("FEED01", "FEED02")) {
            http.put("registrar", CONF + "/members/" + practice, null);
            assertThat(http.post("registrar", CONF + "/mandates", body("grantor", practice, "topics", List.of("*"), "ceiling", "AGREE",
                    "validFrom", LocalDate.now().minusDays(1).toString(), "terms", "SECRET-MANDATE-TERMS")).status()).isEqualTo(201);
        }
        String adopted = http.post("registrar", CONF + "/issues", body("title", "Feed issue", "topic", "feed-topic", "level", "PLACE",
                "scope", "COLLECTIVE", "raisedBy", "FEED01")).json().get("id").asString();
        assertThat(http.post("registrar", "/api/v1/issues/" + adopted + "/positions", body("statement", "PUBLIC-ADOPTED-STATEMENT",
                "essentialTerms", List.of("SECRET-RED-LINE"), "negotiableTerms", List.of("SECRET-NEGOTIABLE"),
                "support", body("for", List.of("FEED01", "FEED02"), "against", List.of(), "abstain", List.of()))).status()).isEqualTo(201);
        String emerging = http.post("registrar", CONF + "/issues", body("title", "Emerging", "topic", "feed-topic", "level", "PLACE",
                "scope", "COLLECTIVE", "raisedBy", "FEED01")).json().get("id").asString();
        assertThat(http.post("registrar", "/api/v1/issues/" + emerging + "/positions", body("statement", "SECRET-EMERGING view",
                "essentialTerms", List.of(), "negotiableTerms", List.of(),
                "support", body("for", List.of("FEED02"), "against", List.of(), "abstain", List.of()))).status()).isEqualTo(201);
        person = http.post("registrar", "/api/v1/people", body("name", "Dr Feed", "role", "GP", "organisation", "FEED01",
                "login", LOGIN)).json().get("id").asString();
        http.put("registrar", "/api/v1/topics/feed-estates", body("title", "Estates (feed)"));
        assertThat(http.post("registrar", "/api/v1/people/" + person + "/interests", body("topic", "feed-estates", "category", "FINANCIAL",
                "description", "SECRET-INTEREST: owns the surgery building")).status()).isEqualTo(201);
        String appointment = http.post("registrar", CONF + "/appointments", body("person", person, "forums", List.of("*"),
                "topics", List.of("*"), "ceiling", "NEGOTIATE", "from", LocalDate.now().minusDays(1).toString())).json().get("id").asString();
        Instant startsAt = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
        String meeting = http.post("registrar", "/api/v1/meetings", body("forum", "feed-forum", "startsAt", startsAt.toString(),
                "title", "Feed board")).json().get("id").asString();
        LedgerHttp.Answer brief = http.post("registrar", "/api/v1/briefs", body("appointment", appointment, "meeting", meeting, "items",
                List.of(body("issue", adopted, "authority", "NEGOTIATE", "referBack", List.of("SECRET-REFER-BACK"), "notes", "SECRET-NOTES"))));
        assertThat(brief.status()).as(brief.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(startsAt));
        LedgerHttp.Answer feedback = http.post("feed-delegate", "/api/v1/briefs/" + brief.json().get("id").asString() + "/feedback", body(
                "items", List.of(body("issue", adopted, "outcome", "AGREED", "summary", "SECRET-SUMMARY", "conceded", List.of("E1"),
                        "commitments", List.of("SECRET-COMMITMENT"))),
                "unbriefed", List.of(), "actions", List.of(body("description", "SECRET-ACTION", "owner", "FEED01",
                        "due", LocalDate.now().plusDays(7).toString()))));
        assertThat(feedback.status()).as(feedback.toString()).isEqualTo(201);
    }
}
