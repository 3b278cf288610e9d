package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mandateledger.api.LedgerHttp.body;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Webhook deliveries survive everything at once (issue 15): the packaged service runs as a separate
 * process and delivers a confederation's events to a receiver in this test while issues are raised;
 * the receiver answers 500 for a while, is down for a while, and then the service is killed with
 * SIGKILL mid-stream and started again on the same data folder. In the end the receiver has every
 * event the ICB's feed holds, once or more, each first arriving only after every event before it,
 * every one with a signature and timestamp its check accepts; every write acknowledged before the
 * kill is among them.
 */
class WebhookDeliveryIT {

    private static final String SLUG = "webhook-test";
    private static final String CONF = "/api/v1/confederations/" + SLUG;
    private static final List<String> SETTINGS = List.of("--ledger.webhooks.allow-private-addresses=true",
            "--ledger.webhooks.poll-every=PT0.2S", "--ledger.webhooks.first-retry-after=PT0.3S", "--ledger.webhooks.longest-retry-after=PT2S");

    @Test
    void a_receiver_gets_every_event_in_order_through_500s_an_outage_and_a_kill_9_of_the_service() throws Exception {
        Path dir = Path.of(System.getProperty("ledger.crash.dir", "target/crash-it")).resolve("webhooks-" + System.nanoTime());
        Files.createDirectories(dir);
        Path users = LedgerTestUsers.write(dir);
        Path data = dir.resolve("data");
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String id;
            int beforeKill;
            try (LedgerProcess first = LedgerProcess.start(LedgerProcess.jar(), data, users, dir.resolve("first.log"), SETTINGS)) {
                LedgerHttp http = first.http();
                formConfederation(http);
                LedgerHttp.Answer made = http.post("wh-chair", "/api/v1/webhooks", body("url", receiver.url(), "confederations", List.of(SLUG),
                        "from", 1));
                assertThat(made.status()).as(made.toString()).isEqualTo(201);
                id = made.json().get("id").asString();
                receiver.secret(made.json().get("secret").asString());

                raise(http, "steady", 5, acknowledged);
                receiver.fail(15);
                raise(http, "through 500s", 5, acknowledged);
                receiver.goDown();
                raise(http, "while down", 5, acknowledged);
                LedgerProcess.sleep(2000);
                receiver.comeBack();

                // Killed while a writer writes and deliveries are under way.
                AtomicBoolean writing = new AtomicBoolean(true);
                Thread writer = new Thread(() -> {
                    for (int i = 0; writing.get() && i < 500; i++) {
                        try {
                            raise(http, "at the kill " + i, 1, acknowledged);
                        } catch (RuntimeException | AssertionError stopped) {
                            return;
                        }
                    }
                });
                writer.start();
                LedgerProcess.sleep(1500);
                beforeKill = receiver.accepted().size();
                assertThat(first.kill9()).isEqualTo(LedgerProcess.KILLED_BY_SIGKILL);
                writing.set(false);
                writer.join(30_000);
            }
            assertThat(beforeKill).as("deliveries were under way when the service was killed").isPositive();

            try (LedgerProcess second = LedgerProcess.start(LedgerProcess.jar(), data, users, dir.resolve("second.log"), SETTINGS)) {
                LedgerHttp http = second.http();
                raise(http, "after the restart", 5, acknowledged);
                await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
                    JsonNode state = http.get("wh-chair", "/api/v1/webhooks/" + id).json();
                    return state.get("acknowledgedPosition").asLong() >= lastPosition(http);
                });
                List<JsonNode> expected = http.events("wh-icb", 0);
                WebhookTest.assertOnceOrMoreInOrder(receiver.accepted(), expected);
                assertThat(receiver.refused()).as("deliveries whose signature or timestamp the receiver's check refused").isEmpty();
                assertThat(receiver.answered500()).isEqualTo(15);

                Set<String> raised = new HashSet<>();
                receiver.accepted().stream().map(WebhookReceiver.Delivery::json)
                        .filter(event -> event.get("type").asString().equals("IssueRaised"))
                        .forEach(event -> raised.add(event.get("aggregate").get("id").asString()));
                assertThat(raised).as("every issue whose raising was acknowledged reached the receiver").containsAll(acknowledged);
                List<Long> firsts = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                receiver.accepted().forEach(d -> {
                    if (seen.add(d.id())) {
                        firsts.add(d.position());
                    }
                });
                assertThat(firsts).as("first arrivals in ledger order").isSorted();
                System.out.printf("WebhookDeliveryIT: %d events, %d deliveries accepted (%d repeated), %d answered 500, %d before the kill%n",
                        expected.size(), receiver.accepted().size(), receiver.accepted().size() - seen.size(), receiver.answered500(), beforeKill);
            }
        }
    }

    private static long lastPosition(LedgerHttp http) {
        List<JsonNode> events = http.events("wh-icb", 0);
        return events.isEmpty() ? 0 : events.get(events.size() - 1).get("position").asLong();
    }

    private static void raise(LedgerHttp http, String title, int count, Queue<String> acknowledged) {
        for (int i = 0; i < count; i++) {
            LedgerHttp.Answer raised = http.post("registrar", CONF + "/issues", body("title", "Raised " + title + " " + i, "topic", "webhook-topic",
                    "level", "PLACE", "scope", "COLLECTIVE", "raisedBy", "WHK01"));
            assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
            acknowledged.add(raised.json().get("id").asString());
        }
    }

    private static void formConfederation(LedgerHttp http) {
        for (String practice : List.of("WHK01", "WHK02")) {
            assertThat(http.put("registrar", "/api/v1/organisations/" + practice, body("name", "Webhook " + practice, "kind", "PRACTICE",
                    "registeredPatients", 4000)).status()).isIn(200, 201);
        }
        assertThat(http.put("registrar", "/api/v1/topics/webhook-topic", body("title", "Webhook topic")).status()).isIn(200, 201);
        Map<String, Object> half = body("practices", 0.5, "patients", 0.5);
        assertThat(http.put("registrar", CONF, body("name", "Webhooks", "place", "Nowhere", "constitution", body("thresholds",
                body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half), "adoption", half, "feedbackDueDays", 7))).status()).isIn(200, 201);
        for (String practice : List.of("WHK01", "WHK02")) {
            assertThat(http.put("registrar", CONF + "/members/" + practice, null).status()).isIn(200, 201);
            assertThat(http.post("registrar", CONF + "/mandates", body("grantor", practice, "topics", List.of("*"), "ceiling", "AGREE",
                    "validFrom", LocalDate.now().minusDays(1).toString())).status()).isEqualTo(201);
        }
    }
}
