package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mandateledger.api.LedgerHttp.body;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The briefing cycle carried to its end on the real Cheshire practices: a delegate negotiates
 * within a brief, feeds back after the meeting — crossing a red line, agreeing what needs
 * ratification, speaking on a matter without a brief, picking up an action — and the chair reads
 * the audit now and as at a week after the meeting, ratifies, and sees the action done.
 */
class FeedbackNarrativeTest extends LedgerServiceTest {

    private static final String SLUG = "cheshire-feedback";

    @Test
    void feedback_is_checked_against_its_brief_and_the_chair_audits_what_follows() {
        CheshireLedger ledger = new CheshireLedger(http, SLUG);
        http.put("registrar", "/api/v1/topics/fb-urgent", body("title", "Urgent care"));
        http.put("registrar", "/api/v1/topics/fb-estates", body("title", "Estates"));
        http.put("registrar", "/api/v1/forums/fb-board", body("name", "Place Partnership Board", "level", "PLACE"));
        ledger.form("Feedback");
        CheshireLedger.Backing backing = ledger.grantLargestFirstUntilHalf();
        assertThat(ledger.coverageAuthority("fb-urgent")).isEqualTo(ledger.authorityOf(backing.practices()));
        // The smallest practice grants estates at REPRESENT until ten days from now: lapsing within 30 days.
        String smallest = CheshireFiles.bySize(ledger.patients).get(0);
        LocalDate lastDay = LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(10);
        String lapsing = http.post("registrar", ledger.conf + "/mandates", body("grantor", smallest, "topics", List.of("fb-estates"),
                "ceiling", "REPRESENT", "validFrom", LocalDate.now().minusDays(1).toString(), "validUntil", lastDay.toString()))
                .json().get("id").asString();

        String issue = ledger.issue("fb-urgent", "Same-day urgent appointments", "COLLECTIVE", null);
        ledger.position(issue, "Same-day access within core hours", List.of("No unfunded extension of core hours", "Triage model stays local"),
                List.of("Hub location", "Start date"), backing.practices());
        String carter = ledger.person("Dr Chloe Carter", "dr.carter");
        String davies = ledger.person("Dr Dafydd Davies", null);
        String carterAppointment = ledger.appoint(carter, List.of("*"), List.of("*"), "NEGOTIATE");
        String daviesAppointment = ledger.appoint(davies, List.of("*"), List.of("*"), "REPRESENT");
        // Far enough ahead for the briefs and the early feedback below to come before it, even on a slow machine.
        Instant startsAt = Instant.now().plusSeconds(15).truncatedTo(ChronoUnit.SECONDS);
        String meeting = ledger.meeting("fb-board", startsAt, "Today's board");
        String daviesBrief = ledger.brief(daviesAppointment, meeting, List.of(CheshireLedger.item(issue, "REPRESENT"))).get("id").asString();
        JsonNode brief = ledger.brief(carterAppointment, meeting, List.of(body("issue", issue, "authority", "NEGOTIATE",
                "mayConcede", List.of("N2"))));
        String carterBrief = brief.get("id").asString();
        assertThat(brief.get("items").get(0).get("mustNotConcede").valueStream().map(JsonNode::asString).toList())
                .containsExactly("E1", "E2", "N1");

        // Before the meeting starts, feedback is refused and records nothing.
        Map<String, Object> feedback = body(
                "items", List.of(body("issue", issue, "outcome", "AGREED", "summary", "Agreed a hub at Macclesfield from April",
                        "conceded", List.of("N1", "N2"), "commitments", List.of("Hub open from 1 April"))),
                "unbriefed", List.of(body("topic", "fb-estates", "summary", "Asked about the health centre lease")),
                "actions", List.of(body("description", "Send the access figures to the ICB", "owner", smallest,
                        "due", LocalDate.now().plusDays(3).toString())));
        long events = eventStore.count();
        LedgerHttp.Answer early = http.post("dr-carter", "/api/v1/briefs/" + carterBrief + "/feedback", feedback);
        assertThat(early.status()).as(early.toString()).isEqualTo(422);
        assertThat(early.json().get("code").asString()).isEqualTo("MEETING_NOT_STARTED");
        assertThat(eventStore.count()).isEqualTo(events);

        await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(startsAt));

        // Only the briefed delegate feeds back; the chair may not do it for them.
        refusedWrite(403, () -> http.post("fb-chair", "/api/v1/briefs/" + carterBrief + "/feedback", feedback));
        refusedWrite(404, () -> http.post("dr-carter", "/api/v1/briefs/" + daviesBrief + "/feedback", feedback));
        LedgerHttp.Answer fedBack = http.post("dr-carter", "/api/v1/briefs/" + carterBrief + "/feedback", feedback);
        assertThat(fedBack.status()).as(fedBack.toString()).isEqualTo(201);
        Instant fedBackAt = Instant.now();
        JsonNode raised = fedBack.json().get("findings");
        assertThat(raised.valueStream().map(f -> f.get("type").asString()).toList())
                .containsExactly("RED_LINE_BREACH", "AWAITING_RATIFICATION", "UNBRIEFED");
        assertThat(raised.get(0).get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(raised.get(0).get("terms").valueStream().map(JsonNode::asString).toList()).containsExactly("N1");
        refusedWrite(409, () -> http.post("dr-carter", "/api/v1/briefs/" + carterBrief + "/feedback", feedback));
        JsonNode closed = http.get("dr-carter", "/api/v1/briefs/" + carterBrief).json();
        assertThat(closed.get("status").asString()).isEqualTo("FED_BACK");
        assertThat(closed.get("feedback").get("items").get(0).get("commitments").get(0).asString()).isEqualTo("Hub open from 1 April");

        // The chair's audit now: the findings raised, and the mandate lapsing; nothing overdue yet.
        Map<String, Integer> now = countByType(audit(null));
        assertThat(now).containsEntry("RED_LINE_BREACH", 1).containsEntry("AWAITING_RATIFICATION", 1).containsEntry("UNBRIEFED", 1)
                .containsEntry("MANDATE_LAPSING", 1).doesNotContainKeys("FEEDBACK_OVERDUE", "ACTION_OVERDUE");
        JsonNode lapsingFinding = audit(null).valueStream().filter(f -> f.get("type").asString().equals("MANDATE_LAPSING")).findFirst()
                .orElseThrow();
        assertThat(lapsingFinding.get("mandate").asString()).isEqualTo(lapsing);
        assertThat(lapsingFinding.get("severity").asString()).isEqualTo("INFO");

        // As at a week and a day after the meeting: Dr Davies never fed back, and the action is overdue.
        Instant weekAfter = startsAt.plus(Duration.ofDays(CheshireLedger.FEEDBACK_DUE_DAYS + 1));
        Map<String, Integer> later = countByType(audit(weekAfter));
        assertThat(later).containsEntry("FEEDBACK_OVERDUE", 1).containsEntry("ACTION_OVERDUE", 1).containsEntry("RED_LINE_BREACH", 1);
        JsonNode overdue = audit(weekAfter).valueStream().filter(f -> f.get("type").asString().equals("FEEDBACK_OVERDUE")).findFirst()
                .orElseThrow();
        assertThat(overdue.get("brief").asString()).isEqualTo(daviesBrief);
        assertThat(Instant.parse(overdue.get("at").asString())).as("seven London days after the meeting started")
                .isEqualTo(startsAt.atZone(java.time.ZoneId.of("Europe/London")).plusDays(CheshireLedger.FEEDBACK_DUE_DAYS).toInstant());
        assertThat(http.get("registrar", ledger.conf + "/audit?asOf=" + weekAfter + "&type=ACTION_OVERDUE").json().get("findings"))
                .hasSize(1);

        // Ratification is the chair's: the secretariat may not, the chair of this confederation does, once.
        String ratify = "/api/v1/briefs/" + carterBrief + "/items/" + issue + "/ratification";
        refusedWrite(403, () -> http.post("registrar", ratify, body("decision", "RATIFIED")));
        refusedWrite(404, () -> http.post("other-chair", ratify, body("decision", "RATIFIED")));
        LedgerHttp.Answer ratified = http.post("fb-chair", ratify, body("decision", "RATIFIED", "note", "Practices' meeting, 20 June"));
        assertThat(ratified.status()).as(ratified.toString()).isEqualTo(200);
        refusedWrite(409, () -> http.post("fb-chair", ratify, body("decision", "REJECTED")));
        assertThat(countByType(audit(null))).doesNotContainKey("AWAITING_RATIFICATION").containsEntry("RED_LINE_BREACH", 1);
        assertThat(countByType(audit(fedBackAt))).as("as at before the ratification").containsEntry("AWAITING_RATIFICATION", 1);

        // The action, picked up at the meeting, is done: no longer overdue even as at a week after.
        JsonNode open = http.get("fb-chair", ledger.conf + "/actions?status=OPEN").json().get("items");
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("owner").asString()).isEqualTo(smallest);
        assertThat(open.get(0).get("brief").asString()).isEqualTo(carterBrief);
        String action = open.get(0).get("id").asString();
        LedgerHttp.Answer done = http.post("registrar", "/api/v1/actions/" + action + "/completion", body("note", "sent 24 June"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        refusedWrite(409, () -> http.post("registrar", "/api/v1/actions/" + action + "/completion", null));
        assertThat(http.get("fb-chair", ledger.conf + "/actions?status=DONE").json().get("items")).hasSize(1);
        assertThat(countByType(audit(weekAfter))).doesNotContainKey("ACTION_OVERDUE");

        // Neither the ICB nor a delegate reads the audit or the actions; the ICB never sees the brief.
        assertThat(http.get("icb", ledger.conf + "/audit").status()).isEqualTo(403);
        assertThat(http.get("dr-carter", ledger.conf + "/audit").status()).isEqualTo(403);
        assertThat(http.get("icb", ledger.conf + "/actions").status()).isEqualTo(403);
        assertThat(http.get("icb", "/api/v1/briefs/" + carterBrief).status()).isEqualTo(404);
    }

    private JsonNode audit(Instant asOf) {
        LedgerHttp.Answer answer = http.get("fb-chair", "/api/v1/confederations/" + SLUG + "/audit" + (asOf == null ? "" : "?asOf=" + asOf));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("findings");
    }

    private static Map<String, Integer> countByType(JsonNode findings) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        findings.forEach(f -> counts.merge(f.get("type").asString(), 1, Integer::sum));
        return counts;
    }
}
