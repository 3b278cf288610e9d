package org.mandateledger.api;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What each role's pages offer, on the raw HTTP: a page offers an action only where the API would
 * take it (reach and own organisation included), each role's home shows its part, a chair records
 * a position from the form, and the ledger's seal page serves the files the offline verifier reads.
 * The confederation "pages-reach" is Cheshire's real practices; pg-chair is a chair of another.
 */
class PagesByRoleTest extends LedgerServiceTest {

    private static final String SLUG = "pages-reach";
    private static final String OWN = "N81002";

    private static Scenario scenario;

    record Scenario(String ownMandate, String otherMandate, String other, String issue, String brief) {
    }

    private PageClient pages;

    @BeforeEach
    void record() {
        pages = new PageClient(port);
        if (scenario != null) {
            return;
        }
        CheshireLedger ledger = new CheshireLedger(http, SLUG).form("Pages reach GP Confederation");
        assertThat(ledger.practices).contains(OWN);
        String other = ledger.practices.stream().filter(p -> !p.equals(OWN)).findFirst().orElseThrow();
        String own = grant(OWN);
        String theirs = grant(other);
        http.put("registrar", "/api/v1/topics/pr-topic", body("title", "Estates"));
        http.put("registrar", "/api/v1/forums/pr-board", body("name", "Pages reach board", "level", "PLACE"));
        String issue = ledger.issue("pr-topic", "Estates strategy", "COLLECTIVE", null);
        String person = ledger.person("Dr Rhys Evans", "pr.delegate");
        String appointment = ledger.appoint(person, List.of("*"), List.of("*"), "NEGOTIATE");
        String meeting = ledger.meeting("pr-board", Instant.now().plus(3, ChronoUnit.DAYS), "Estates board");
        JsonNode brief = ledger.brief(appointment, meeting, List.of(CheshireLedger.item(issue, "OBSERVE")));
        scenario = new Scenario(own, theirs, other, issue, brief.get("id").asString());
    }

    private String grant(String grantor) {
        LedgerHttp.Answer granted = http.post("registrar", "/api/v1/confederations/" + SLUG + "/mandates", body("grantor", grantor,
                "topics", List.of("*"), "ceiling", "NEGOTIATE", "validFrom", LocalDate.now().minusDays(1).toString()));
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);
        return granted.json().get("id").asString();
    }

    @Test
    void a_member_is_offered_the_withdrawal_of_its_own_mandates_only_as_the_api_allows() {
        String member = pages.signIn("pr-member");
        String list = pages.get(member, "/confederations/" + SLUG + "/mandates").body();
        assertThat(list).contains("/mandates/" + scenario.ownMandate() + "/withdrawal")
                .doesNotContain("/mandates/" + scenario.otherMandate() + "/withdrawal");
        assertThat(pages.get(member, "/mandates/" + scenario.ownMandate() + "/withdrawal").statusCode()).isEqualTo(200);
        HttpResponse<String> another = pages.get(member, "/mandates/" + scenario.otherMandate() + "/withdrawal");
        assertThat(another.statusCode()).as("the API refuses a member another's mandate").isEqualTo(403);
        assertThat(another.body()).contains("<h1>You cannot do this</h1>");

        String home = pages.get(member, "/").body();
        assertThat(home).contains("<h2>Mandates of " + OWN + "</h2>", "/mandates/" + scenario.ownMandate() + "/withdrawal",
                "/confederations/" + SLUG + "/mandates/new").doesNotContain(scenario.otherMandate());
    }

    @Test
    void a_chair_of_another_confederation_is_offered_nothing_it_could_not_do() {
        String outsider = pages.signIn("pg-chair");
        String issue = pages.get(outsider, "/issues/" + scenario.issue()).body();
        assertThat(issue).contains("Estates strategy").doesNotContain("Close the issue", "Record a position", "/positions/new");
        assertThat(pages.get(outsider, "/issues/" + scenario.issue() + "/positions/new").statusCode()).isEqualTo(403);
        assertThat(pages.get(outsider, "/confederations/" + SLUG + "/mandates").body()).doesNotContain("/withdrawal");

        String chair = pages.signIn("pr-chair");
        assertThat(pages.get(chair, "/issues/" + scenario.issue()).body()).contains("Close the issue", "/issues/" + scenario.issue() + "/positions/new");
        assertThat(pages.get(chair, "/confederations/" + SLUG + "/mandates").body())
                .contains("/mandates/" + scenario.ownMandate() + "/withdrawal", "/mandates/" + scenario.otherMandate() + "/withdrawal");
    }

    @Test
    void a_chairs_home_names_the_briefs_not_yet_acknowledged_and_their_delegate() {
        String chair = pages.signIn("pr-chair");
        String home = pages.get(chair, "/").body();
        assertThat(home).contains("<h2>Briefs not yet acknowledged</h2>", "/briefs/" + scenario.brief(), "Estates board (pr-board)",
                "Dr Rhys Evans", "What needs your attention");
        LedgerHttp.Answer api = http.get("pr-chair", "/api/v1/confederations/" + SLUG + "/briefs?upcoming=true&status=ISSUED");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("items").get(0).get("id").asString()).isEqualTo(scenario.brief());
        assertThat(http.get("pr-chair", "/api/v1/confederations/" + SLUG + "/briefs?status=FED_BACK").json().get("items").size()).isZero();
    }

    @Test
    void an_icb_users_home_is_the_register_of_open_issues_without_terms() {
        String icb = pages.signIn("pg-icb");
        String home = pages.get(icb, "/").body();
        assertThat(home).contains("<h2>General practice's positions</h2>", "Pages reach GP Confederation", "Estates strategy",
                "/confederations/" + SLUG + "/issues").doesNotContain("Briefs not yet acknowledged", "Mandates of");
    }

    @Test
    void a_chair_records_a_position_from_the_form_and_bad_input_records_nothing() {
        String chair = pages.signIn("pr-chair");
        String form = "/issues/" + scenario.issue() + "/positions/new";
        String action = "/issues/" + scenario.issue() + "/positions";
        HttpResponse<String> page = pages.get(chair, form);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Record general practice's position</h1>", "name=\"support-" + OWN + "\"");

        long events = eventStore.count();
        HttpResponse<String> blank = pages.post(chair, form, action, List.of(entry("statement", " "), entry("agreedDay", "31"),
                entry("agreedMonth", "2"), entry("agreedYear", "2026")));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("There is a problem", "href=\"#statement\"", "href=\"#agreed-at\"", "<title>Error: Record a position");
        HttpResponse<String> stranger = pages.post(chair, form, action, List.of(entry("statement", "Estates are planned with practices"),
                entry("support-ZZ9999", "FOR")));
        assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(400);
        assertThat(stranger.body()).contains("There is a problem", "href=\"#support\"");
        assertThat(eventStore.count()).as("nothing recorded for bad input").isEqualTo(events);

        // A browser sends a text area's line break as CR LF; the statement is recorded with a newline, not refused.
        List<Map.Entry<String, String>> fields = new ArrayList<>(List.of(entry("statement", "Estates are planned with practices,\r\nnot for them"),
                entry("essentialTerms", "No practice moved without its consent\n\n"), entry("negotiableTerms", "Timing\nHub sites"),
                entry("support-" + OWN, "FOR"), entry("support-" + scenario.other(), "AGAINST"),
                entry("agreedDay", "1"), entry("agreedMonth", "12"), entry("agreedYear", "2026")));
        HttpResponse<String> recorded = pages.post(chair, form, action, fields);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
        assertThat(recorded.headers().firstValue("Location").orElseThrow()).endsWith("/issues/" + scenario.issue() + "?recorded");
        JsonNode position = http.get("pr-chair", "/api/v1/issues/" + scenario.issue()).json().get("currentPosition");
        assertThat(position.get("statement").asString()).isEqualTo("Estates are planned with practices,\nnot for them");
        assertThat(position.get("essentialTerms").get(0).get("text").asString()).isEqualTo("No practice moved without its consent");
        assertThat(position.get("essentialTerms").size()).isEqualTo(1);
        assertThat(position.get("negotiableTerms").size()).isEqualTo(2);
        assertThat(position.get("support").get("for").get(0).asString()).isEqualTo(OWN);
        assertThat(position.get("support").get("against").get(0).asString()).isEqualTo(scenario.other());
        assertThat(position.get("agreedAt").asString()).isEqualTo("2026-12-01T00:00:00Z");
        assertThat(pages.get(chair, "/issues/" + scenario.issue() + "?recorded").body()).contains("The position is recorded.");
        // The next version starts from this one.
        assertThat(pages.get(chair, form).body()).contains("Estates are planned with practices", "Hub sites",
                "id=\"support-" + OWN + "-FOR\" name=\"support-" + OWN + "\" type=\"radio\" value=\"FOR\" checked=\"checked\"");
    }

    @Test
    void the_ledger_page_shows_the_latest_checkpoint_and_serves_what_the_offline_verifier_reads() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        LedgerHttp.Answer latest = http.get("pr-chair", "/api/v1/ledger/checkpoints/latest");
        while (latest.status() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            latest = http.get("pr-chair", "/api/v1/ledger/checkpoints/latest");
        }
        assertThat(latest.status()).as("a checkpoint is signed").isEqualTo(200);
        String chair = pages.signIn("pr-chair");
        HttpResponse<String> page = pages.get(chair, "/ledger");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>The ledger's seal</h1>", "Check the ledger now", "java -jar ledger-verify",
                "href=\"/ledger/checkpoint.json\"", "href=\"/ledger/key.pem\"", "href=\"/ledger/export\"");
        JsonNode kept = LedgerHttp.JSON.readTree(pages.get(chair, "/ledger/checkpoint.json").body());
        assertThat(kept.get("size").asLong()).isGreaterThanOrEqualTo(latest.json().get("size").asLong());
        assertThat(kept.get("signature").asString()).isNotBlank();
        assertThat(pages.get(chair, "/ledger").body()).contains(kept.get("root").asString());
        HttpResponse<String> key = pages.get(chair, "/ledger/key.pem");
        assertThat(key.body()).startsWith("-----BEGIN PUBLIC KEY-----").isEqualTo(http.get("pr-chair", "/api/v1/ledger/key").json().get("publicKey").asString());
        assertThat(key.headers().firstValue("Content-Disposition").orElseThrow()).contains("ledger.pub.pem");
        HttpResponse<String> export = pages.get(chair, "/ledger/export");
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("ledger-redacted.jsonl");

        String verified = pages.get(chair, "/ledger?verify=now").body();
        assertThat(verified).contains("The ledger verifies").doesNotContain("does not verify");

        String member = pages.signIn("pr-member");
        assertThat(pages.get(member, "/ledger").statusCode()).as("the API lets chairs and operators verify").isEqualTo(403);
        assertThat(pages.get(member, "/ledger/key.pem").statusCode()).isEqualTo(403);
        assertThat(pages.get(member, "/").body()).doesNotContain("href=\"/ledger\"");
        assertThat(pages.get(chair, "/").body()).contains("href=\"/ledger\"");
    }
}
