package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * brief-delegate on the real Cheshire practices, told as a chair would see it: mandates from the
 * largest practices, an adopted position and an emerging view, briefs refused for each reason a
 * chair meets and briefs accepted, the delegate reading and acknowledging theirs, withdrawals that
 * leave a brief exceeded, and speaking rights before and after — every figure computed here from
 * the files.
 */
class BriefNarrativeTest extends LedgerServiceTest {

    private static final String SLUG = "cheshire-briefs";
    private static final List<String> LEVELS = CheshireLedger.LEVELS;

    @Test
    void briefs_rest_on_adopted_positions_within_every_bound_and_warn_when_the_ledger_moves_beneath_them() {
        CheshireLedger ledger = new CheshireLedger(http, SLUG);
        http.put("registrar", "/api/v1/topics/br-access", body("title", "Access"));
        http.put("registrar", "/api/v1/topics/br-urgent", body("title", "Urgent care", "parent", "br-access"));
        http.put("registrar", "/api/v1/forums/br-board", body("name", "Place Partnership Board", "level", "PLACE"));
        http.put("registrar", "/api/v1/forums/br-committee", body("name", "Joint committee", "level", "SYSTEM"));
        ledger.form("Briefs");
        CheshireLedger.Backing granted = ledger.grantLargestFirstUntilHalf();
        List<String> backing = granted.practices();
        List<String> mandates = new ArrayList<>(granted.mandates());
        String authority = ledger.authorityOf(backing);
        assertThat(authority).as("half the practices and half the patients back AGREE").isIn("NEGOTIATE", "AGREE");
        assertThat(ledger.coverageAuthority("br-urgent")).isEqualTo(authority);

        // Two delegates: Dr Ahmed, with a declared financial interest in access, and Dr Brown.
        String ahmed = ledger.person("Dr Aisha Ahmed", "dr.ahmed");
        String brown = ledger.person("Dr Ben Brown", "dr.brown");
        assertThat(http.post("registrar", "/api/v1/people/" + ahmed + "/interests", body("topic", "br-access", "category", "FINANCIAL",
                "description", "partner in a company bidding for the extended access contract")).status()).isEqualTo(201);
        String ahmedAppointment = ledger.appoint(ahmed, List.of("br-board"), List.of("br-access"), "NEGOTIATE");
        String brownAppointment = ledger.appoint(brown, List.of("*"), List.of("*"), "REPRESENT");

        // An adopted position (the backing practices are for it) and an emerging view (one practice).
        String sameDay = ledger.issue("br-urgent", "Same-day urgent appointments", "COLLECTIVE", null);
        JsonNode adopted = ledger.position(sameDay, "Same-day access within core hours, funded at the national rate",
                List.of("No unfunded extension of core hours", "Practices keep the choice of triage model"),
                List.of("Hub location", "Start date"), backing);
        assertThat(adopted.get("adopted").asBoolean()).isTrue();
        String hubs = ledger.issue("br-urgent", "Extended access hubs", "COLLECTIVE", null);
        assertThat(ledger.position(hubs, "Hubs open until 8pm", List.of("No practice staff redeployed"), List.of("Hub count"),
                backing.subList(0, 1)).get("adopted").asBoolean()).isFalse();
        String pcn = CheshireFiles.currentPcns().get(0);
        String reserved = ledger.issue("br-urgent", "PCN workforce plan", "RESERVED", pcn);
        ledger.position(reserved, "The PCN decides its own workforce", List.of("PCN decides"), List.of(), backing);

        String board = ledger.meeting("br-board", Instant.now().plus(2, ChronoUnit.DAYS), "Place Partnership Board");
        String committee = ledger.meeting("br-committee", Instant.now().plus(2, ChronoUnit.DAYS), "Joint committee");
        String lastWeek = ledger.meeting("br-board", Instant.now().minus(7, ChronoUnit.DAYS), "Last week's board");

        // Refused briefs: each answers 422 with the rule's code and records nothing.
        refused(ahmedAppointment, board, List.of(CheshireLedger.item(sameDay, "AGREE")), "AUTHORITY_ABOVE_APPOINTMENT");
        refused(ahmedAppointment, board, List.of(CheshireLedger.item(hubs, "REPRESENT")), "POSITION_NOT_ADOPTED");
        refused(ahmedAppointment, board, List.of(CheshireLedger.item(sameDay, "NEGOTIATE")), "INTEREST_DECLARED");
        refused(ahmedAppointment, committee, List.of(CheshireLedger.item(sameDay, "OBSERVE")), "FORUM_NOT_IN_APPOINTMENT");
        refused(brownAppointment, lastWeek, List.of(CheshireLedger.item(sameDay, "REPRESENT")), "MEETING_STARTED");
        JsonNode several = refused(brownAppointment, board, List.of(CheshireLedger.item(reserved, "NEGOTIATE")), "RESERVED_ISSUE");
        assertThat(several.get("errors").findValuesAsString("code")).containsExactly("RESERVED_ISSUE", "AUTHORITY_ABOVE_APPOINTMENT");

        // Accepted: Dr Brown represents the adopted position; beside him Dr Ahmed may negotiate it.
        JsonNode brownBrief = ledger.brief(brownAppointment, board, List.of(CheshireLedger.item(sameDay, "REPRESENT"), CheshireLedger.item(hubs, "OBSERVE")));
        assertThat(brownBrief.get("version").asInt()).isEqualTo(1);
        JsonNode firstIssue = ledger.brief(ahmedAppointment, board, List.of(body("issue", sameDay, "authority", "NEGOTIATE",
                "mayConcede", List.of("N1", "N2"), "referBack", List.of("Any change to core hours"))));
        String ahmedBrief = firstIssue.get("id").asString();
        JsonNode issued = ledger.brief(ahmedAppointment, board, List.of(body("issue", sameDay, "authority", "NEGOTIATE", "mayConcede",
                List.of("N2"), "referBack", List.of("Any change to core hours"), "notes", "Open with the practices' access data")));
        assertThat(issued.get("id").asString()).as("a second brief for the appointment and meeting").isEqualTo(ahmedBrief);
        assertThat(issued.get("version").asInt()).isEqualTo(2);
        JsonNode item = issued.get("items").get(0);
        assertThat(item.get("authority").asString()).isEqualTo("NEGOTIATE");
        assertThat(item.get("positionVersion").asInt()).isEqualTo(1);
        assertThat(item.get("mayConcede").valueStream().map(JsonNode::asString).toList()).containsExactly("N2");
        assertThat(item.get("mustNotConcede").valueStream().map(JsonNode::asString).toList()).containsExactly("E1", "E2", "N1");
        assertThat(item.get("referBack").get(0).asString()).isEqualTo("Any change to core hours");

        // The delegate reads the brief and acknowledges it; nobody else may.
        JsonNode read = http.get("dr-ahmed", "/api/v1/briefs/" + ahmedBrief).json();
        assertThat(read.get("status").asString()).isEqualTo("ISSUED");
        assertThat(read.get("warnings")).isEmpty();
        assertThat(read.get("items").get(0).get("terms").findValuesAsString("text")).containsExactly(
                "No unfunded extension of core hours", "Practices keep the choice of triage model", "Hub location", "Start date");
        assertThat(http.get("dr-brown", "/api/v1/briefs/" + ahmedBrief).status()).isEqualTo(404);
        assertThat(http.get("icb", "/api/v1/briefs/" + ahmedBrief).status()).isEqualTo(404);
        assertThat(http.get("other-chair", "/api/v1/briefs/" + ahmedBrief).status()).isEqualTo(404);
        // The same login with another reach, or another role, reads nothing of it.
        assertThat(http.get("west-ahmed", "/api/v1/briefs/" + ahmedBrief).status()).isEqualTo(404);
        assertThat(http.get("west-ahmed", "/api/v1/me/briefs").json().get("items")).isEmpty();
        assertThat(http.get("icb-ahmed", "/api/v1/briefs/" + ahmedBrief).status()).isEqualTo(404);
        assertThat(http.get("icb-ahmed", "/api/v1/me/briefs").json().get("items")).isEmpty();
        refusedWrite(404, () -> http.post("west-ahmed", "/api/v1/briefs/" + ahmedBrief + "/acknowledgement", null));
        JsonNode mine = http.get("dr-ahmed", "/api/v1/me/briefs?upcoming=true").json();
        assertThat(mine.get("items").valueStream().map(b -> b.get("id").asString()).toList()).containsExactly(ahmedBrief);
        refusedWrite(403, () -> http.post("chair", "/api/v1/briefs/" + ahmedBrief + "/acknowledgement", null));
        refusedWrite(404, () -> http.post("dr-brown", "/api/v1/briefs/" + ahmedBrief + "/acknowledgement", null));
        LedgerHttp.Answer acknowledged = http.post("dr-ahmed", "/api/v1/briefs/" + ahmedBrief + "/acknowledgement", null);
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        assertThat(acknowledged.json().get("status").asString()).isEqualTo("ACKNOWLEDGED");
        refusedWrite(409, () -> http.post("dr-ahmed", "/api/v1/briefs/" + ahmedBrief + "/acknowledgement", null));

        // Dr Brown may not now step down and leave Dr Ahmed, who declared an interest, the only voice above OBSERVE.
        refused(brownAppointment, board, List.of(CheshireLedger.item(sameDay, "OBSERVE")), "INTEREST_DECLARED");

        // Speaking rights at the board: each delegate with the briefs they hold, capped at what they hold.
        String holds = CheshireLedger.least("NEGOTIATE", authority);
        JsonNode before = speakingRights();
        Map<String, JsonNode> speakers = bySpeaker(before);
        assertThat(speakers.get(ahmedAppointment).get("authority").asString()).isEqualTo(holds);
        assertThat(speakers.get(ahmedAppointment).get("briefs").findValuesAsString("id")).containsExactly(ahmedBrief);
        assertThat(speakers.get(ahmedAppointment).get("briefs").get(0).get("authority").asString()).isEqualTo(holds);
        assertThat(speakers.get(brownAppointment).get("briefs").get(0).get("authority").asString()).isEqualTo("REPRESENT");
        // On the parent topic, a brief on an issue beneath it is not a brief to speak on the parent.
        assertThat(http.get("icb", "/api/v1/speaking-rights?confederation=" + SLUG + "&topic=br-access&forum=br-board").json()
                .get("speakers").findValues("briefs")).hasSize(2).allSatisfy(briefs -> assertThat(briefs).isEmpty());
        Instant beforeWithdrawals = Instant.now();

        // Withdrawals, the last granted first, until the practices left no longer give NEGOTIATE.
        List<String> standing = new ArrayList<>(backing);
        while (LEVELS.indexOf(ledger.authorityOf(standing)) >= LEVELS.indexOf("NEGOTIATE")) {
            String mandate = mandates.remove(mandates.size() - 1);
            standing.remove(standing.size() - 1);
            assertThat(http.post("registrar", "/api/v1/mandates/" + mandate + "/withdrawal", body("reason", "practice meeting")).status())
                    .isEqualTo(200);
        }
        String fallen = ledger.authorityOf(standing);
        assertThat(ledger.coverageAuthority("br-urgent")).isEqualTo(fallen);

        JsonNode exceeded = http.get("dr-ahmed", "/api/v1/briefs/" + ahmedBrief).json();
        assertThat(exceeded.get("warnings")).hasSize(1);
        JsonNode warning = exceeded.get("warnings").get(0);
        assertThat(warning.get("code").asString()).isEqualTo("BRIEF_EXCEEDED");
        assertThat(warning.get("issue").asString()).isEqualTo(sameDay);
        assertThat(warning.get("authority").asString()).isEqualTo(fallen);
        assertThat(warning.get("reasons").valueStream().map(JsonNode::asString).toList()).containsExactly("CONFEDERATION_AUTHORITY_FELL");
        assertThat(http.get("dr-brown", "/api/v1/me/briefs").json().get("items").get(0).get("warnings"))
                .as("Dr Brown's REPRESENT is exceeded only if the confederation fell below it")
                .hasSize(LEVELS.indexOf(fallen) < LEVELS.indexOf("REPRESENT") ? 1 : 0);

        // A new brief at NEGOTIATE is now above the confederation's authority.
        refused(ahmedAppointment, board, List.of(CheshireLedger.item(sameDay, "NEGOTIATE")), "AUTHORITY_ABOVE_CONFEDERATION");

        // Speaking rights now, and as at before the withdrawals: what they were then.
        JsonNode after = speakingRights();
        Map<String, JsonNode> now = bySpeaker(after);
        assertThat(after.get("confederationAuthority").asString()).isEqualTo(fallen);
        assertThat(now.get(ahmedAppointment).get("authority").asString()).isEqualTo(CheshireLedger.least("NEGOTIATE", fallen));
        assertThat(now.get(ahmedAppointment).get("briefs").get(0).get("authority").asString()).isEqualTo(CheshireLedger.least("NEGOTIATE", fallen));
        JsonNode asItWas = speakingRightsAt(beforeWithdrawals);
        assertThat(bySpeaker(asItWas).get(ahmedAppointment).get("briefs")).isEqualTo(speakers.get(ahmedAppointment).get("briefs"));
        assertThat(asItWas.get("coverage")).isEqualTo(withAt(before.get("coverage"), asItWas.get("coverage")));
        assertThat(asItWas.get("speakers")).isEqualTo(before.get("speakers"));

        // A new version of the position supersedes the one the brief rests on.
        ledger.position(sameDay, "Same-day access within core hours, funded at the national rate plus 10%",
                List.of("No unfunded extension of core hours"), List.of("Hub location"), backing);
        JsonNode superseded = http.get("registrar", "/api/v1/briefs/" + ahmedBrief).json().get("warnings").get(0);
        assertThat(superseded.get("reasons").valueStream().map(JsonNode::asString).toList())
                .containsExactly("CONFEDERATION_AUTHORITY_FELL", "POSITION_SUPERSEDED");
    }

    private JsonNode refused(String appointment, String meeting, List<Map<String, Object>> items, String code) {
        long events = eventStore.count();
        LedgerHttp.Answer answer = http.post("registrar", "/api/v1/briefs", body("appointment", appointment, "meeting", meeting, "items", items));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.contentType()).contains("application/problem+json");
        assertThat(answer.json().get("code").asString()).as(answer.toString()).isEqualTo(code);
        assertThat(eventStore.count()).as("events recorded by a refused brief").isEqualTo(events);
        return answer.json();
    }

    private JsonNode speakingRights() {
        LedgerHttp.Answer answer = http.get("icb", "/api/v1/speaking-rights?confederation=" + SLUG + "&topic=br-urgent&forum=br-board");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode speakingRightsAt(Instant at) {
        LedgerHttp.Answer answer = http.get("icb", "/api/v1/speaking-rights?confederation=" + SLUG + "&topic=br-urgent&forum=br-board&at=" + at);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    /** The coverage as it was, but stamped with the instant asked for: only {@code at} may differ. */
    private static JsonNode withAt(JsonNode coverage, JsonNode asked) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) coverage.deepCopy();
        copy.set("at", asked.get("at"));
        return copy;
    }

    private static Map<String, JsonNode> bySpeaker(JsonNode rights) {
        Map<String, JsonNode> speakers = new java.util.HashMap<>();
        rights.get("speakers").forEach(s -> speakers.put(s.get("appointment").asString(), s));
        return speakers;
    }

}
