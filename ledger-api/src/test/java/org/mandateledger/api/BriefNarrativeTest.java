package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
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
    private static final String CONF = "/api/v1/confederations/" + SLUG;
    private static final List<String> LEVELS = List.of("OBSERVE", "REPRESENT", "NEGOTIATE", "AGREE");
    /** REPRESENT at two fifths, NEGOTIATE at one half, AGREE at three quarters; adoption at one half. */
    private static final Map<String, String> THRESHOLDS = Map.of("REPRESENT", "0.4", "NEGOTIATE", "0.5", "AGREE", "0.75");

    private List<String> practices;
    private Map<String, Long> patients;
    private long totalPatients;

    @Test
    void briefs_rest_on_adopted_positions_within_every_bound_and_warn_when_the_ledger_moves_beneath_them() {
        practices = CheshireFiles.activePractices();
        patients = CheshireFiles.registeredPatients();
        totalPatients = practices.stream().mapToLong(patients::get).sum();
        assertThat(http.multipart("registrar", "/api/v1/organisations/import", CheshireFiles.importFiles()).status()).isEqualTo(200);
        http.put("registrar", "/api/v1/topics/br-access", body("title", "Access"));
        http.put("registrar", "/api/v1/topics/br-urgent", body("title", "Urgent care", "parent", "br-access"));
        http.put("registrar", "/api/v1/forums/br-board", body("name", "Place Partnership Board", "level", "PLACE"));
        http.put("registrar", "/api/v1/forums/br-committee", body("name", "Joint committee", "level", "SYSTEM"));
        http.put("registrar", CONF, body("name", "Briefs", "place", "Cheshire East", "constitution", body("thresholds",
                body("REPRESENT", share("0.4"), "NEGOTIATE", share("0.5"), "AGREE", share("0.75")), "adoption", share("0.5"),
                "feedbackDueDays", 7)));
        for (String practice : practices) {
            http.put("registrar", CONF + "/members/" + practice, null);
        }

        // The largest practices grant every topic at AGREE until both majorities of one half are met.
        List<String> largestFirst = new ArrayList<>(CheshireFiles.bySize(patients));
        Collections.reverse(largestFirst);
        List<String> backing = new ArrayList<>();
        List<String> mandates = new ArrayList<>();
        for (String practice : largestFirst) {
            mandates.add(http.post("registrar", CONF + "/mandates", body("grantor", practice, "topics", List.of("*"), "ceiling", "AGREE",
                    "validFrom", LocalDate.now().minusDays(1).toString())).json().get("id").asString());
            backing.add(practice);
            if (meets(backing, "0.5")) {
                break;
            }
        }
        String authority = authorityOf(backing);
        assertThat(authority).as("half the practices and half the patients back AGREE").isIn("NEGOTIATE", "AGREE");
        assertThat(coverageAuthority()).isEqualTo(authority);

        // Two delegates: Dr Ahmed, with a declared financial interest in access, and Dr Brown.
        String ahmed = person("Dr Aisha Ahmed", "dr.ahmed");
        String brown = person("Dr Ben Brown", "dr.brown");
        assertThat(http.post("registrar", "/api/v1/people/" + ahmed + "/interests", body("topic", "br-access", "category", "FINANCIAL",
                "description", "partner in a company bidding for the extended access contract")).status()).isEqualTo(201);
        String ahmedAppointment = appoint(ahmed, List.of("br-board"), List.of("br-access"), "NEGOTIATE");
        String brownAppointment = appoint(brown, List.of("*"), List.of("*"), "REPRESENT");

        // An adopted position (the backing practices are for it) and an emerging view (one practice).
        String sameDay = issue("br-urgent", "Same-day urgent appointments", "COLLECTIVE", null);
        JsonNode adopted = position(sameDay, "Same-day access within core hours, funded at the national rate",
                List.of("No unfunded extension of core hours", "Practices keep the choice of triage model"),
                List.of("Hub location", "Start date"), backing);
        assertThat(adopted.get("adopted").asBoolean()).isTrue();
        String hubs = issue("br-urgent", "Extended access hubs", "COLLECTIVE", null);
        assertThat(position(hubs, "Hubs open until 8pm", List.of("No practice staff redeployed"), List.of("Hub count"),
                backing.subList(0, 1)).get("adopted").asBoolean()).isFalse();
        String pcn = CheshireFiles.currentPcns().get(0);
        String reserved = issue("br-urgent", "PCN workforce plan", "RESERVED", pcn);
        position(reserved, "The PCN decides its own workforce", List.of("PCN decides"), List.of(), backing);

        String board = meeting("br-board", Instant.now().plus(2, ChronoUnit.DAYS), "Place Partnership Board");
        String committee = meeting("br-committee", Instant.now().plus(2, ChronoUnit.DAYS), "Joint committee");
        String lastWeek = meeting("br-board", Instant.now().minus(7, ChronoUnit.DAYS), "Last week's board");

        // Refused briefs: each answers 422 with the rule's code and records nothing.
        refused(ahmedAppointment, board, List.of(item(sameDay, "AGREE")), "AUTHORITY_ABOVE_APPOINTMENT");
        refused(ahmedAppointment, board, List.of(item(hubs, "REPRESENT")), "POSITION_NOT_ADOPTED");
        refused(ahmedAppointment, board, List.of(item(sameDay, "NEGOTIATE")), "INTEREST_DECLARED");
        refused(ahmedAppointment, committee, List.of(item(sameDay, "OBSERVE")), "FORUM_NOT_IN_APPOINTMENT");
        refused(brownAppointment, lastWeek, List.of(item(sameDay, "REPRESENT")), "MEETING_STARTED");
        JsonNode several = refused(brownAppointment, board, List.of(item(reserved, "NEGOTIATE")), "RESERVED_ISSUE");
        assertThat(several.get("errors").findValuesAsString("code")).containsExactly("RESERVED_ISSUE", "AUTHORITY_ABOVE_APPOINTMENT");

        // Accepted: Dr Brown represents the adopted position; beside him Dr Ahmed may negotiate it.
        JsonNode brownBrief = brief(brownAppointment, board, List.of(item(sameDay, "REPRESENT"), item(hubs, "OBSERVE")));
        assertThat(brownBrief.get("version").asInt()).isEqualTo(1);
        JsonNode firstIssue = brief(ahmedAppointment, board, List.of(body("issue", sameDay, "authority", "NEGOTIATE",
                "mayConcede", List.of("N1", "N2"), "referBack", List.of("Any change to core hours"))));
        String ahmedBrief = firstIssue.get("id").asString();
        JsonNode issued = brief(ahmedAppointment, board, List.of(body("issue", sameDay, "authority", "NEGOTIATE", "mayConcede",
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
        assertThat(http.post("west-ahmed", "/api/v1/briefs/" + ahmedBrief + "/acknowledgement", null).status()).isEqualTo(404);
        JsonNode mine = http.get("dr-ahmed", "/api/v1/me/briefs?upcoming=true").json();
        assertThat(mine.get("items").valueStream().map(b -> b.get("id").asString()).toList()).containsExactly(ahmedBrief);
        assertThat(http.post("chair", "/api/v1/briefs/" + ahmedBrief + "/acknowledgement", null).status()).isEqualTo(403);
        assertThat(http.post("dr-brown", "/api/v1/briefs/" + ahmedBrief + "/acknowledgement", null).status()).isEqualTo(404);
        LedgerHttp.Answer acknowledged = http.post("dr-ahmed", "/api/v1/briefs/" + ahmedBrief + "/acknowledgement", null);
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        assertThat(acknowledged.json().get("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(http.post("dr-ahmed", "/api/v1/briefs/" + ahmedBrief + "/acknowledgement", null).status()).isEqualTo(409);

        // Dr Brown may not now step down and leave Dr Ahmed, who declared an interest, the only voice above OBSERVE.
        refused(brownAppointment, board, List.of(item(sameDay, "OBSERVE")), "INTEREST_DECLARED");

        // Speaking rights at the board: each delegate with the briefs they hold, capped at what they hold.
        String holds = least("NEGOTIATE", authority);
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
        while (LEVELS.indexOf(authorityOf(standing)) >= LEVELS.indexOf("NEGOTIATE")) {
            String mandate = mandates.remove(mandates.size() - 1);
            standing.remove(standing.size() - 1);
            assertThat(http.post("registrar", "/api/v1/mandates/" + mandate + "/withdrawal", body("reason", "practice meeting")).status())
                    .isEqualTo(200);
        }
        String fallen = authorityOf(standing);
        assertThat(coverageAuthority()).isEqualTo(fallen);

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
        refused(ahmedAppointment, board, List.of(item(sameDay, "NEGOTIATE")), "AUTHORITY_ABOVE_CONFEDERATION");

        // Speaking rights now, and as at before the withdrawals: what they were then.
        JsonNode after = speakingRights();
        Map<String, JsonNode> now = bySpeaker(after);
        assertThat(after.get("confederationAuthority").asString()).isEqualTo(fallen);
        assertThat(now.get(ahmedAppointment).get("authority").asString()).isEqualTo(least("NEGOTIATE", fallen));
        assertThat(now.get(ahmedAppointment).get("briefs").get(0).get("authority").asString()).isEqualTo(least("NEGOTIATE", fallen));
        JsonNode asItWas = speakingRightsAt(beforeWithdrawals);
        assertThat(bySpeaker(asItWas).get(ahmedAppointment).get("briefs")).isEqualTo(speakers.get(ahmedAppointment).get("briefs"));
        assertThat(asItWas.get("coverage")).isEqualTo(withAt(before.get("coverage"), asItWas.get("coverage")));
        assertThat(asItWas.get("speakers")).isEqualTo(before.get("speakers"));

        // A new version of the position supersedes the one the brief rests on.
        position(sameDay, "Same-day access within core hours, funded at the national rate plus 10%",
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

    private JsonNode brief(String appointment, String meeting, List<Map<String, Object>> items) {
        LedgerHttp.Answer answer = http.post("registrar", "/api/v1/briefs", body("appointment", appointment, "meeting", meeting, "items", items));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.header("Location")).isEqualTo("/api/v1/briefs/" + answer.json().get("id").asString());
        return answer.json();
    }

    private static Map<String, Object> item(String issue, String authority) {
        return body("issue", issue, "authority", authority);
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

    private String coverageAuthority() {
        return http.get("chair", CONF + "/coverage?topic=br-urgent").json().get("authority").asString();
    }

    private String person(String name, String login) {
        LedgerHttp.Answer person = http.post("registrar", "/api/v1/people", body("name", name, "role", "PCN Clinical Director",
                "organisation", practices.get(0), "login", login));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        return person.json().get("id").asString();
    }

    private String appoint(String person, List<String> forums, List<String> topics, String ceiling) {
        LedgerHttp.Answer appointed = http.post("registrar", CONF + "/appointments", body("person", person, "forums", forums,
                "topics", topics, "ceiling", ceiling, "from", LocalDate.now().minusDays(30).toString()));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        return appointed.json().get("id").asString();
    }

    private String meeting(String forum, Instant startsAt, String title) {
        LedgerHttp.Answer meeting = http.post("registrar", "/api/v1/meetings", body("forum", forum, "startsAt",
                startsAt.truncatedTo(ChronoUnit.SECONDS).toString(), "title", title));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        return meeting.json().get("id").asString();
    }

    private String issue(String topic, String title, String scope, String reservedTo) {
        Map<String, Object> body = new java.util.HashMap<>(body("title", title, "topic", topic, "level", "PLACE", "scope", scope,
                "raisedBy", practices.get(0)));
        if (reservedTo != null) {
            body.put("reservedTo", reservedTo);
        }
        LedgerHttp.Answer raised = http.post("registrar", CONF + "/issues", body);
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        return raised.json().get("id").asString();
    }

    private JsonNode position(String issue, String statement, List<String> essential, List<String> negotiable, List<String> supporting) {
        LedgerHttp.Answer recorded = http.post("registrar", "/api/v1/issues/" + issue + "/positions", body("statement", statement,
                "essentialTerms", essential, "negotiableTerms", negotiable, "support",
                body("for", supporting, "against", List.of(), "abstain", List.of())));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.json();
    }

    /** The highest level whose threshold these practices meet by count and by patients, from the files. */
    private String authorityOf(List<String> backing) {
        String authority = "OBSERVE";
        for (String level : List.of("REPRESENT", "NEGOTIATE", "AGREE")) {
            if (meets(backing, THRESHOLDS.get(level))) {
                authority = level;
            }
        }
        return authority;
    }

    private boolean meets(List<String> backing, String share) {
        long backed = backing.stream().mapToLong(patients::get).sum();
        return reaches(backing.size(), practices.size(), share) && reaches(backed, totalPatients, share);
    }

    private static Map<String, Object> share(String value) {
        return body("practices", new BigDecimal(value), "patients", new BigDecimal(value));
    }

    private static String least(String a, String b) {
        return LEVELS.get(Math.min(LEVELS.indexOf(a), LEVELS.indexOf(b)));
    }

    private static boolean reaches(long part, long whole, String share) {
        return BigDecimal.valueOf(part).compareTo(new BigDecimal(share).multiply(BigDecimal.valueOf(whole))) >= 0;
    }
}
