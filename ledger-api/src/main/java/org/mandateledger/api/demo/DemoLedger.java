package org.mandateledger.api.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mandateledger.api.pages.PageDisplay;
import org.mandateledger.api.security.DemoUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo ledger ({@code ledger.demo=true}): at the first start, a Cheshire East confederation of the
 * real practices in the NHS files shipped with the service (ODS, ePCN, list sizes), recorded through
 * the REST API as its people would record it: topics and a forum; the largest practices granting
 * every topic until both majorities of one half are met, and a small practice's mandate about to
 * lapse; an issue with an adopted position; a delegate appointed and briefed for a meeting next week;
 * and a meeting just held, whose feedback crosses a red line. Recording runs in the background after
 * start, with progress in the log; later starts find it recorded and add nothing.
 */
@Component
@ConditionalOnProperty(name = "ledger.demo", havingValue = "true")
class DemoLedger {

    static final String SLUG = DemoUsers.CONFEDERATION;
    private static final String SECRETARIAT = "demo-secretariat";
    private static final String DELEGATE = "demo-delegate";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(DemoLedger.class);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private volatile String base;
    private volatile boolean done;

    /** Whether this start has recorded the demo, or found it recorded. */
    boolean done() {
        return done;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port");
        base = "http://127.0.0.1:" + port;
        if (DemoUsers.newPassword(SECRETARIAT).isEmpty()) {
            log.info("Demo: the demo users were made on an earlier start, so the demo ledger was recorded then; nothing to add");
            done = true;
            return;
        }
        Thread loader = new Thread(this::record, "demo-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private void record() {
        try {
            if (sendWithin(HttpRequest.newBuilder(URI.create(base + "/api/v1/confederations/" + SLUG)).header("Authorization", basic(SECRETARIAT))
                    .GET().build()).statusCode() == 200) {
                log.info("Demo: the demo confederation is already recorded; nothing to add");
                done = true;
                return;
            }
            log.info("Demo: recording the Cheshire East demo ledger through the API (about a minute)...");
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put("epraccur", resource("epraccur.csv"));
            files.put("epcn", resource("epcn-core-partners.csv"));
            files.put("listSizes", resource("gp-reg-pat-prac-all.csv"));
            multipart(SECRETARIAT, "/api/v1/organisations/import", files);
            send(SECRETARIAT, "PUT", "/api/v1/topics/access", Map.of("title", "Urgent same-day access"));
            send(SECRETARIAT, "PUT", "/api/v1/topics/urgent-care", Map.of("title", "Urgent care", "parent", "access"));
            send(SECRETARIAT, "PUT", "/api/v1/topics/estates", Map.of("title", "Estates"));
            send(SECRETARIAT, "PUT", "/api/v1/forums/place-board", Map.of("name", "Cheshire East Place Partnership Board", "level", "PLACE"));
            send(SECRETARIAT, "PUT", "/api/v1/confederations/" + SLUG, Map.of("name", "Cheshire East GP Confederation (demo)",
                    "place", "Cheshire East", "constitution", Map.of("thresholds", Map.of("REPRESENT", share("0.4"), "NEGOTIATE", share("0.5"),
                            "AGREE", share("0.75")), "adoption", share("0.5"), "feedbackDueDays", 7)));
            List<JsonNode> practices = practices();
            for (JsonNode practice : practices) {
                send(SECRETARIAT, "PUT", "/api/v1/confederations/" + SLUG + "/members/" + practice.get("code").asString(), null);
            }
            log.info("Demo: {} practices admitted", practices.size());

            LocalDate today = LocalDate.now(PageDisplay.LONDON);
            List<String> backing = grantLargestUntilHalf(practices, today);
            JsonNode smallest = practices.get(practices.size() - 1);
            send(SECRETARIAT, "POST", "/api/v1/confederations/" + SLUG + "/mandates", Map.of("grantor", smallest.get("code").asString(),
                    "topics", List.of("estates"), "ceiling", "REPRESENT", "validFrom", today.minusDays(60).toString(),
                    "validUntil", today.plusDays(10).toString(), "evidence", "Practice meeting minute (demo)"));
            log.info("Demo: {} practices granted AGREE on every topic", backing.size());

            String issue = send(SECRETARIAT, "POST", "/api/v1/confederations/" + SLUG + "/issues", Map.of("title", "Same-day access hubs",
                    "topic", "urgent-care", "level", "PLACE", "scope", "COLLECTIVE", "raisedBy", backing.get(0),
                    "description", "The ICB proposes a same-day access hub in each PCN from April.")).get("id").asString();
            send(SECRETARIAT, "POST", "/api/v1/issues/" + issue + "/positions", Map.of(
                    "statement", "General practice supports same-day hubs run by the PCNs, on these terms",
                    "essentialTerms", List.of("No unfunded extension of core hours", "Triage stays with practices"),
                    "negotiableTerms", List.of("Hub locations", "Start date"),
                    "support", Map.of("for", backing, "against", List.of(), "abstain", List.of())));

            String person = send(SECRETARIAT, "POST", "/api/v1/people", Map.of("name", "Dr Priya Gill (demo)", "role", "PCN Clinical Director",
                    "organisation", DemoUsers.MEMBER_PRACTICE, "login", DemoUsers.DELEGATE_LOGIN)).get("id").asString();
            String appointment = send(SECRETARIAT, "POST", "/api/v1/confederations/" + SLUG + "/appointments", Map.of("person", person,
                    "forums", List.of("*"), "topics", List.of("*"), "ceiling", "NEGOTIATE", "from", today.minusDays(30).toString()))
                    .get("id").asString();
            Instant nextWeek = today.plusDays(7).atTime(10, 0).atZone(PageDisplay.LONDON).toInstant();
            String meeting = send(SECRETARIAT, "POST", "/api/v1/meetings", Map.of("forum", "place-board", "startsAt", nextWeek.toString(),
                    "title", "Winter access plan")).get("id").asString();
            send(SECRETARIAT, "POST", "/api/v1/briefs", Map.of("appointment", appointment, "meeting", meeting, "items", List.of(Map.of(
                    "issue", issue, "authority", "NEGOTIATE", "mayConcede", List.of("N1"), "referBack", List.of("Any change to funding"),
                    "notes", "The ICB will table the hub locations."))));

            // A meeting just held: briefed before it starts, fed back once it has, crossing a red line.
            Instant shortly = Instant.now().plusSeconds(15).truncatedTo(ChronoUnit.SECONDS);
            String huddle = send(SECRETARIAT, "POST", "/api/v1/meetings", Map.of("forum", "place-board", "startsAt", shortly.toString(),
                    "title", "Urgent care huddle")).get("id").asString();
            String brief = send(SECRETARIAT, "POST", "/api/v1/briefs", Map.of("appointment", appointment, "meeting", huddle, "items",
                    List.of(Map.of("issue", issue, "authority", "NEGOTIATE", "mayConcede", List.of("N1"))))).get("id").asString();
            send(DELEGATE, "POST", "/api/v1/briefs/" + brief + "/acknowledgement", null);
            while (Instant.now().isBefore(shortly.plusSeconds(1))) {
                Thread.sleep(500);
            }
            send(DELEGATE, "POST", "/api/v1/briefs/" + brief + "/feedback", Map.of(
                    "items", List.of(Map.of("issue", issue, "outcome", "AGREED", "summary", "Agreed hubs in each PCN from April, with extended hours",
                            "conceded", List.of("E1", "N1"), "commitments", List.of("Hubs open from 1 April"))),
                    "actions", List.of(Map.of("description", "Send the access figures to the ICB", "owner", backing.get(0),
                            "due", today.plusDays(14).toString()))));
            done = true;
            log.info("Demo: recorded. Sign in at {}/ with the demo users printed above", base);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | IOException e) {
            log.error("Demo: recording the demo ledger failed; the ledger keeps what was recorded. Start again on a new data folder to retry", e);
        }
    }

    /** The member practices, largest list first (as the import recorded them). */
    private List<JsonNode> practices() throws IOException, InterruptedException {
        List<JsonNode> practices = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = send(SECRETARIAT, "GET", "/api/v1/organisations?kind=PRACTICE&limit=100" + (cursor == null ? "" : "&cursor=" + cursor), null);
            page.get("items").forEach(practices::add);
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);
        practices.sort(Comparator.comparingLong((JsonNode p) -> p.path("registeredPatients").asLong(0)).reversed()
                .thenComparing(p -> p.get("code").asString()));
        return practices;
    }

    /** The largest practices grant AGREE on every topic until both shares of one half are met; answers who granted. */
    private List<String> grantLargestUntilHalf(List<JsonNode> practices, LocalDate today) throws IOException, InterruptedException {
        long total = practices.stream().mapToLong(p -> p.path("registeredPatients").asLong(0)).sum();
        List<String> backing = new ArrayList<>();
        long backed = 0;
        for (JsonNode practice : practices) {
            if (2 * backing.size() >= practices.size() && 2 * backed >= total) {
                break;
            }
            String code = practice.get("code").asString();
            send(SECRETARIAT, "POST", "/api/v1/confederations/" + SLUG + "/mandates", Map.of("grantor", code, "topics", List.of("*"),
                    "ceiling", "AGREE", "validFrom", today.minusDays(90).toString(), "evidence", "Practice meeting minute (demo)"));
            backing.add(code);
            backed += practice.path("registeredPatients").asLong(0);
        }
        return backing;
    }

    private static Map<String, Object> share(String value) {
        return Map.of("practices", new java.math.BigDecimal(value), "patients", new java.math.BigDecimal(value));
    }

    private JsonNode send(String user, String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", basic(user)).header("Accept", "application/json, application/problem+json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        return answer(method + " " + path, sendWithin(request.build()));
    }

    /** Sends, waiting as the rate limit asks when it answers 429 (the demo writes faster than a person). */
    private HttpResponse<String> sendWithin(HttpRequest request) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429 || attempt == 20) {
                return response;
            }
            Thread.sleep(1000L * Math.max(1, response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L)));
        }
    }

    private void multipart(String user, String path, Map<String, byte[]> files) throws IOException, InterruptedException {
        String boundary = "demo-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.getKey() + "\"; filename=\"" + file.getKey()
                    + ".csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file.getValue());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).header("Authorization", basic(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build();
        answer("POST " + path, sendWithin(request));
    }

    private static JsonNode answer(String what, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    private static String basic(String user) {
        String password = DemoUsers.newPassword(user).orElseThrow(() -> new IllegalStateException("no password for " + user));
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoLedger.class.getResourceAsStream("/demo/cheshire-27d/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the demo's file " + name + " is missing from the service");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
