package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mandateledger.api.LedgerHttp.body;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mandateledger.api.webhook.WebhookSignature;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks (issue 15): a receiver subscribed to a confederation gets every event of it, and the
 * reference data, once or more and in ledger order, each body the event exactly as the ICB's event
 * feed gives it, signed so that its check accepts it — through answers of 500, being down for a
 * while, and the subscription failing and being resumed. Who may keep subscriptions, and bad
 * subscriptions refused with nothing kept. (Deliveries over a kill -9 of the service:
 * {@code WebhookDeliveryIT}.)
 */
class WebhookTest extends LedgerServiceTest {

    private static final String SLUG = "webhook-test";
    private static final String CONF = "/api/v1/confederations/" + SLUG;
    private static final String OTHER = "/api/v1/confederations/webhook-other";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void a_receiver_gets_every_event_once_or_more_in_order_signed_and_redacted_for_the_icb_through_failures() {
        try (WebhookReceiver receiver = WebhookReceiver.start(); WebhookReceiver issuesOnly = WebhookReceiver.start()) {
            long start = eventStore.head();
            formConfederations();

            LedgerHttp.Answer made = http.post("wh-chair", "/api/v1/webhooks", body("url", receiver.url(), "confederations", List.of(SLUG),
                    "from", start + 1));
            assertThat(made.status()).as(made.toString()).isEqualTo(201);
            String id = made.json().get("id").asString();
            assertThat(made.header("Location")).isEqualTo("/api/v1/webhooks/" + id);
            assertThat(made.json().get("secret").asString()).startsWith("whsec_");
            assertThat(made.json().get("state").asString()).isEqualTo("ACTIVE");
            receiver.secret(made.json().get("secret").asString());
            LedgerHttp.Answer typed = http.post("ops", "/api/v1/webhooks", body("url", issuesOnly.url(), "confederations", List.of(SLUG),
                    "types", List.of("IssueRaised"), "from", start + 1));
            assertThat(typed.status()).as(typed.toString()).isEqualTo(201);
            issuesOnly.secret(typed.json().get("secret").asString());

            raiseIssueWithTerms("Webhook issue 1", "SECRET-RED-LINE-1");
            // A person, who is reference data: a partner's receiver gets neither their login nor what their interests say.
            String person = http.post("registrar", "/api/v1/people", body("name", "Dr Hook", "role", "GP", "organisation", "WHK01",
                    "login", "wh.private-login")).json().get("id").asString();
            assertThat(http.post("registrar", "/api/v1/people/" + person + "/interests", body("topic", "webhook-topic",
                    "category", "FINANCIAL", "description", "SECRET-INTEREST of Dr Hook")).status()).isEqualTo(201);
            List<JsonNode> expected = http.events("wh-icb", start);
            awaitAll(receiver, expected);
            assertThat(receiver.accepted()).extracting(WebhookReceiver.Delivery::json).as("each body is the event as the ICB's feed gives it")
                    .containsExactlyElementsOf(expected);
            String delivered = new String(receiver.accepted().stream().map(WebhookReceiver.Delivery::body)
                    .reduce(new byte[0], WebhookTest::concat), StandardCharsets.UTF_8);
            assertThat(delivered).contains("PositionRecorded").contains("MandateGranted").contains("InterestDeclared")
                    .doesNotContain("SECRET-").doesNotContain("wh.private-login")
                    .as("another confederation's events").doesNotContain("webhook-other");
            assertThat(http.get("wh-chair", "/api/v1/webhooks/" + id).json().has("secret")).as("the secret is shown once").isFalse();

            // 500s for a while: retried, nothing lost, nothing out of order.
            receiver.fail(3);
            long firstNew = expected.get(expected.size() - 1).get("position").asLong();
            raiseIssueWithTerms("Webhook issue 2", "SECRET-RED-LINE-2");
            expected = http.events("wh-icb", start);
            awaitAll(receiver, expected);
            assertThat(receiver.answered500()).isEqualTo(3);
            long failedAt = expected.stream().mapToLong(e -> e.get("position").asLong()).filter(p -> p > firstNew).min().orElseThrow();
            List<JsonNode> log = new ArrayList<>();
            http.get("wh-chair", "/api/v1/webhooks/" + id + "/deliveries?limit=20").json().get("items").forEach(attempt -> {
                if (attempt.get("position").asLong() == failedAt) {
                    log.add(attempt);
                }
            });
            assertThat(log).as("the delivery log of the event that met the 500s, newest first").hasSize(4);
            assertThat(log.get(0).get("delivered").asBoolean()).isTrue();
            assertThat(log.get(0).get("status").asInt()).isEqualTo(204);
            assertThat(log.get(0).get("attempt").asInt()).as("the fourth attempt at the event got through").isEqualTo(4);
            for (int i = 1; i <= 3; i++) {
                assertThat(log.get(i).get("delivered").asBoolean()).isFalse();
                assertThat(log.get(i).get("status").asInt()).isEqualTo(500);
                assertThat(log.get(i).get("error").asString()).isEqualTo("the receiver answered 500");
                assertThat(log.get(i).get("attempt").asInt()).isEqualTo(4 - i);
            }

            // An answer whose body never ends: given up after the answer timeout (2 s in the tests), and the event sent again.
            receiver.trickle(1);
            assertThat(http.put("registrar", "/api/v1/topics/webhook-trickle", body("title", "Trickled")).status()).isEqualTo(201);
            expected = http.events("wh-icb", start);
            awaitAll(receiver, expected);
            assertThat(http.get("wh-chair", "/api/v1/webhooks/" + id + "/deliveries?limit=5").json().get("items").toString())
                    .contains("no whole answer within 2 s");

            // Down for a while: retried with back-off until it comes back.
            receiver.goDown();
            raiseIssueWithTerms("Webhook issue 3", "SECRET-RED-LINE-3");
            await().atMost(PATIENCE).until(() -> http.get("wh-chair", "/api/v1/webhooks/" + id).json().get("attempts").asInt() >= 2);
            JsonNode waiting = http.get("wh-chair", "/api/v1/webhooks/" + id).json();
            assertThat(waiting.get("state").asString()).isEqualTo("ACTIVE");
            assertThat(waiting.get("lastError").asString()).startsWith("could not connect to 127.0.0.1");
            assertThat(waiting.get("nextAttemptAt").isNull()).isFalse();
            receiver.comeBack();
            expected = http.events("wh-icb", start);
            awaitAll(receiver, expected);

            // Down for longer than the give-up time (4 s in the tests): failing, nothing more sent, until resumed.
            receiver.goDown();
            raiseIssueWithTerms("Webhook issue 4", "SECRET-RED-LINE-4");
            await().atMost(PATIENCE).until(() -> http.get("wh-chair", "/api/v1/webhooks/" + id).json().get("state").asString().equals("FAILING"));
            receiver.comeBack();
            int before = receiver.accepted().size();
            LedgerProcess.sleep(1000);
            assertThat(receiver.accepted()).as("a failing subscription waits to be resumed").hasSize(before);
            LedgerHttp.Answer resumed = http.post("wh-chair", "/api/v1/webhooks/" + id + "/resumption", body());
            assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
            assertThat(resumed.json().get("state").asString()).isEqualTo("ACTIVE");
            expected = http.events("wh-icb", start);
            awaitAll(receiver, expected);

            // Resumed from any position: the events from there come again, in order.
            int sofar = receiver.accepted().size();
            assertThat(http.post("wh-chair", "/api/v1/webhooks/" + id + "/resumption", body("from", start + 1)).status()).isEqualTo(200);
            List<JsonNode> again = expected;
            await().atMost(PATIENCE).until(() -> receiver.accepted().size() >= sofar + again.size());
            assertThat(receiver.accepted().subList(sofar, sofar + again.size())).extracting(WebhookReceiver.Delivery::json)
                    .containsExactlyElementsOf(again);
            assertOnceOrMoreInOrder(receiver.accepted(), again);

            // Signed: the receiver refused nothing, and what it would refuse.
            assertThat(receiver.refused()).isEmpty();
            WebhookReceiver.Delivery one = receiver.accepted().get(0);
            WebhookSignature check = WebhookSignature.of(made.json().get("secret").asString());
            byte[] tampered = new String(one.body(), StandardCharsets.UTF_8).replace("\"position\"", "\"position\" ").getBytes(StandardCharsets.UTF_8);
            assertThat(check.verify(one.id(), one.timestamp(), one.signature(), tampered, Instant.now()))
                    .isEqualTo(WebhookSignature.Refusal.NO_MATCHING_SIGNATURE);
            assertThat(check.verify(one.id(), one.timestamp(), one.signature(), one.body(), Instant.now().plus(Duration.ofMinutes(10))))
                    .as("the same delivery replayed ten minutes later").isEqualTo(WebhookSignature.Refusal.TIMESTAMP_TOO_OLD);
            assertThat(check.verify(one.id(), Long.toString(Instant.now().getEpochSecond()), one.signature(), one.body(), Instant.now()))
                    .as("an old signature under a new timestamp").isEqualTo(WebhookSignature.Refusal.NO_MATCHING_SIGNATURE);
            assertThat(WebhookSignature.of(WebhookSignature.newSecret()).verify(one.id(), one.timestamp(), one.signature(), one.body(),
                    Instant.now())).as("another subscription's secret").isEqualTo(WebhookSignature.Refusal.NO_MATCHING_SIGNATURE);

            // Types: only the issues raised.
            List<JsonNode> raised = expected.stream().filter(e -> e.get("type").asString().equals("IssueRaised")).toList();
            assertThat(raised).hasSize(4);
            await().atMost(PATIENCE).until(() -> issuesOnly.accepted().size() >= raised.size());
            assertThat(issuesOnly.accepted()).extracting(WebhookReceiver.Delivery::json).containsExactlyElementsOf(raised);

            // Deleted: gone, and nothing more delivered.
            assertThat(http.delete("wh-chair", "/api/v1/webhooks/" + id).status()).isEqualTo(204);
            assertThat(http.get("wh-chair", "/api/v1/webhooks/" + id).status()).isEqualTo(404);
            int atDeletion = receiver.accepted().size();
            raiseIssueWithTerms("Webhook issue 5", "SECRET-RED-LINE-5");
            await().atMost(PATIENCE).until(() -> issuesOnly.accepted().size() == raised.size() + 1);
            assertThat(receiver.accepted()).hasSize(atDeletion);
        }
    }

    @Test
    void webhooks_are_kept_by_chairs_and_operators_within_reach_and_bad_subscriptions_are_refused_with_nothing_kept() {
        formConfederations();
        String url = "http://127.0.0.1:9/ledger-events";
        LedgerHttp.Answer made = http.post("wh-chair", "/api/v1/webhooks", body("url", url, "confederations", List.of(SLUG)));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String id = made.json().get("id").asString();
        assertThat(made.json().get("acknowledgedPosition").asLong()).as("from now on, unless asked").isEqualTo(eventStore.head());

        // Who: a chair within reach and an operator; not the ICB, a secretariat or a delegate; not another confederation's chair.
        for (String outsider : List.of("icb", "registrar", "wh-icb", "dr-ahmed")) {
            assertThat(http.get(outsider, "/api/v1/webhooks").status()).as(outsider).isEqualTo(403);
            assertThat(http.post(outsider, "/api/v1/webhooks", body("url", url, "confederations", List.of(SLUG))).status()).as(outsider)
                    .isEqualTo(403);
        }
        assertThat(http.get("ops", "/api/v1/webhooks/" + id).status()).isEqualTo(200);
        assertThat(ids(http.get("ops", "/api/v1/webhooks?limit=1000").json())).contains(id);
        assertThat(http.get("other-chair", "/api/v1/webhooks/" + id).json().get("code").asString()).isEqualTo("UNKNOWN_WEBHOOK");
        assertThat(http.get("other-chair", "/api/v1/webhooks/" + id + "/deliveries").status()).isEqualTo(404);
        assertThat(http.post("other-chair", "/api/v1/webhooks/" + id + "/resumption", body()).status()).isEqualTo(404);
        assertThat(http.delete("other-chair", "/api/v1/webhooks/" + id).status()).isEqualTo(404);
        assertThat(ids(http.get("other-chair", "/api/v1/webhooks").json())).doesNotContain(id);

        int kept = ids(http.get("ops", "/api/v1/webhooks?limit=1000").json()).size();
        assertThat(http.post("wh-chair", "/api/v1/webhooks", body("url", url, "confederations", List.of("cheshire-west"))).status())
                .as("out of reach").isEqualTo(403);
        assertThat(http.post("wh-chair", "/api/v1/webhooks", body("url", url, "confederations", List.of("*"))).status())
                .as("every confederation, by a chair of one").isEqualTo(403);
        LedgerHttp.Answer unknown = http.post("ops", "/api/v1/webhooks", body("url", url, "confederations", List.of("no-such-confederation")));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("UNKNOWN_CONFEDERATION");
        refused("url", body("url", "ftp://example.org/x", "confederations", List.of(SLUG)), "must be an http or https URL");
        refused("url", body("url", "https://user:pw@example.org/x", "confederations", List.of(SLUG)), "must not carry a user name");
        refused("url", body("confederations", List.of(SLUG)), "give the receiver's URL");
        refused("url", body("url", "https://no-such-host.invalid/x", "confederations", List.of(SLUG)), "is not found");
        refused("confederations", body("url", url), "name one or more confederations");
        refused("confederations", body("url", url, "confederations", List.of("Not A Slug")), "by its slug");
        refused("types", body("url", url, "confederations", List.of(SLUG), "types", List.of("IssueRaised", "Nonsense")),
                "not event types: Nonsense; the types are the event feed's: ");
        refused("types", body("url", url, "confederations", List.of(SLUG), "types", List.of()), "leave types out");
        refused("from", body("url", url, "confederations", List.of(SLUG), "from", 0), "a position is 1 or more");
        refused("from", body("url", url, "confederations", List.of(SLUG), "from", eventStore.head() + 50), "the ledger's newest event is at");
        assertThat(http.post("wh-chair", "/api/v1/webhooks", body("url", url, "confederations", List.of(SLUG), "secret", "mine")).status())
                .as("an unknown field").isEqualTo(400);
        assertThat(http.post("wh-chair", "/api/v1/webhooks/" + id + "/resumption", body("from", -3)).status()).isEqualTo(400);
        assertThat(http.get("ops", "/api/v1/webhooks?cursor=AA").status()).as("a cursor holding a NUL").isEqualTo(400);
        refused("url", body("url", "https://8.8.8.8:70000/x", "confederations", List.of(SLUG)), "the port must be between 1 and 65535");
        assertThat(ids(http.get("ops", "/api/v1/webhooks?limit=1000").json())).as("nothing kept by a refusal").hasSize(kept);

        // Paged as every list.
        JsonNode first = http.get("ops", "/api/v1/webhooks?limit=1").json();
        assertThat(first.get("items")).hasSize(1);
        if (kept > 1) {
            JsonNode second = http.get("ops", "/api/v1/webhooks?limit=1&cursor=" + first.get("next").asString()).json();
            assertThat(second.get("items").get(0).get("id").asString()).isGreaterThan(first.get("items").get(0).get("id").asString());
        }
        assertThat(http.delete("ops", "/api/v1/webhooks/" + id).status()).isEqualTo(204);
    }

    private void refused(String field, Object request, String says) {
        LedgerHttp.Answer answer = http.post("wh-chair", "/api/v1/webhooks", request);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(answer.json().get("errors").get(0).get("message").asString()).as(answer.toString()).contains(says);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    /** Every expected event arrived; none arrived for the first time before every expected event before it had. */
    static void assertOnceOrMoreInOrder(List<WebhookReceiver.Delivery> received, List<JsonNode> expected) {
        List<Long> positions = expected.stream().map(e -> e.get("position").asLong()).toList();
        Set<Long> seen = new HashSet<>();
        for (WebhookReceiver.Delivery delivery : received) {
            long position = delivery.position();
            if (!positions.contains(position)) {
                continue; // before this test's events
            }
            if (seen.add(position)) {
                assertThat(seen).as("first delivery of %d comes after every event before it", position)
                        .containsAll(positions.stream().filter(p -> p < position).toList());
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(positions);
    }

    private void awaitAll(WebhookReceiver receiver, List<JsonNode> expected) {
        long last = expected.get(expected.size() - 1).get("position").asLong();
        await().atMost(PATIENCE).until(() -> receiver.accepted().stream().anyMatch(d -> d.position() == last));
        assertOnceOrMoreInOrder(receiver.accepted(), expected);
    }

    private void formConfederations() {
        http.put("registrar", "/api/v1/organisations/WHK01", body("name", "Webhook Practice One", "kind", "PRACTICE", "registeredPatients", 5000));
        http.put("registrar", "/api/v1/organisations/WHK02", body("name", "Webhook Practice Two", "kind", "PRACTICE", "registeredPatients", 3000));
        http.put("registrar", "/api/v1/topics/webhook-topic", body("title", "Webhook topic"));
        var half = body("practices", 0.5, "patients", 0.5);
        for (String conf : List.of(CONF, OTHER)) {
            http.put("registrar", conf, body("name", "Webhooks " + conf.substring(conf.lastIndexOf('/') + 1), "place", "Nowhere",
                    "constitution", body("thresholds", body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half), "adoption", half,
                            "feedbackDueDays", 7)));
            for (String practice : List.of("WHK01", "WHK02")) {
                http.put("registrar", conf + "/members/" + practice, null);
            }
        }
        for (String practice : List.of("WHK01", "WHK02")) {
            LedgerHttp.Answer granted = http.post("registrar", CONF + "/mandates", body("grantor", practice, "topics", List.of("*"),
                    "ceiling", "AGREE", "validFrom", LocalDate.now().minusDays(1).toString(), "terms", "SECRET-MANDATE-TERMS"));
            assertThat(granted.status()).as(granted.toString()).isIn(200, 201, 409, 422);
        }
        LedgerHttp.Answer elsewhere = http.post("registrar", OTHER + "/issues", body("title", "Not for this receiver", "topic", "webhook-topic",
                "level", "PLACE", "scope", "COLLECTIVE", "raisedBy", "WHK01"));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
    }

    private void raiseIssueWithTerms(String title, String redLine) {
        LedgerHttp.Answer raised = http.post("registrar", CONF + "/issues", body("title", title, "topic", "webhook-topic", "level", "PLACE",
                "scope", "COLLECTIVE", "raisedBy", "WHK01"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        LedgerHttp.Answer position = http.post("registrar", "/api/v1/issues/" + raised.json().get("id").asString() + "/positions",
                body("statement", "Public statement on " + title, "essentialTerms", List.of(redLine), "negotiableTerms", List.of(),
                        "support", body("for", List.of("WHK01", "WHK02"), "against", List.of(), "abstain", List.of())));
        assertThat(position.status()).as(position.toString()).isEqualTo(201);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
