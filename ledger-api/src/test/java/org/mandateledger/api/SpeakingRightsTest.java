package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who can speak for general practice, on the real Cheshire practices: every delegate whose
 * appointment covers the topic (directly or through an ancestor) and the forum, with authority
 * no higher than their ceiling or the confederation's; adopted positions only, and none to an
 * observer; and as at an instant before withdrawals and the end of an appointment, what it was then.
 */
class SpeakingRightsTest extends LedgerServiceTest {

    private static final String SLUG = "cheshire-speaking";
    private static final String CONF = "/api/v1/confederations/" + SLUG;
    private static final Map<String, Object> HALF = body("practices", 0.5, "patients", 0.5);

    @Test
    void delegates_speak_with_the_least_of_their_ceiling_and_the_confederations_authority() {
        List<String> practices = CheshireFiles.activePractices();
        Map<String, Long> patients = CheshireFiles.registeredPatients();
        long totalPatients = practices.stream().mapToLong(patients::get).sum();
        assertThat(http.multipart("registrar", "/api/v1/organisations/import", CheshireFiles.importFiles()).status()).isEqualTo(200);
        http.put("registrar", "/api/v1/topics/sr-access", body("title", "Access"));
        http.put("registrar", "/api/v1/topics/sr-urgent", body("title", "Urgent care", "parent", "sr-access"));
        http.put("registrar", "/api/v1/topics/sr-estates", body("title", "Estates"));
        http.put("registrar", "/api/v1/forums/sr-board", body("name", "Place Partnership Board", "level", "PLACE"));
        http.put("registrar", "/api/v1/forums/sr-committee", body("name", "Joint committee", "level", "SYSTEM"));
        http.put("registrar", CONF, body("name", "Speaking", "place", "Cheshire East", "constitution", body("thresholds",
                body("REPRESENT", HALF, "NEGOTIATE", HALF, "AGREE", body("practices", 0.75, "patients", 0.75)), "adoption", HALF,
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
            if (reaches(backing.size(), practices.size(), "0.5") && reaches(sum(backing, patients), totalPatients, "0.5")) {
                break;
            }
        }
        boolean agree = reaches(backing.size(), practices.size(), "0.75") && reaches(sum(backing, patients), totalPatients, "0.75");
        String confederationAuthority = agree ? "AGREE" : "NEGOTIATE";

        String alice = person("Dr Alice Access");
        String bob = person("Dr Bob Urgent");
        String carol = person("Dr Carol Estates");
        String aliceAppointment = appoint(alice, List.of("*"), List.of("sr-access"), "NEGOTIATE");
        String bobAppointment = appoint(bob, List.of("sr-board"), List.of("sr-urgent"), "AGREE");
        appoint(carol, List.of("*"), List.of("sr-estates"), "AGREE");

        // An adopted position on the parent topic, an emerging view on the topic itself.
        String adoptedIssue = issue("sr-access", "Same-day access standard");
        position(adoptedIssue, "Same-day access within core hours only", backing);
        String emergingIssue = issue("sr-urgent", "Urgent treatment centre hours");
        position(emergingIssue, "Extend the hours", backing.subList(0, 1));

        JsonNode rights = speakingRights("sr-urgent", null, null);
        assertThat(rights.get("confederationAuthority").asString()).isEqualTo(confederationAuthority);
        assertThat(rights.get("coverage").get("authority").asString()).isEqualTo(confederationAuthority);
        Map<String, JsonNode> speakers = bySpeaker(rights);
        assertThat(speakers.keySet()).containsExactlyInAnyOrder(aliceAppointment, bobAppointment);
        assertThat(speakers.get(aliceAppointment).get("authority").asString()).isEqualTo(least("NEGOTIATE", confederationAuthority));
        assertThat(speakers.get(aliceAppointment).get("ceiling").asString()).isEqualTo("NEGOTIATE");
        assertThat(speakers.get(aliceAppointment).get("person").get("name").asString()).isEqualTo("Dr Alice Access");
        assertThat(speakers.get(bobAppointment).get("authority").asString()).isEqualTo(least("AGREE", confederationAuthority));
        JsonNode statements = speakers.get(bobAppointment).get("positions");
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0).get("issue").asString()).isEqualTo(adoptedIssue);
        assertThat(statements.get(0).get("statement").asString()).isEqualTo("Same-day access within core hours only");
        assertThat(speakers.get(bobAppointment).get("briefs")).isEmpty();

        // A forum narrows it to the delegates appointed to it (or to any forum).
        assertThat(bySpeaker(speakingRights("sr-urgent", "sr-committee", null)).keySet()).containsExactly(aliceAppointment);

        // Withdrawals: the confederation falls to OBSERVE, and so does every delegate, who then states no position.
        Instant beforeWithdrawals = Instant.now();
        JsonNode asItWas = speakingRights("sr-urgent", null, beforeWithdrawals.toString());
        for (String mandate : mandates) {
            assertThat(http.post("registrar", "/api/v1/mandates/" + mandate + "/withdrawal", body("reason", "rescinded")).status()).isEqualTo(200);
        }
        JsonNode after = speakingRights("sr-urgent", null, null);
        assertThat(after.get("confederationAuthority").asString()).isEqualTo("OBSERVE");
        for (JsonNode speaker : after.get("speakers")) {
            assertThat(speaker.get("authority").asString()).isEqualTo("OBSERVE");
            assertThat(speaker.get("positions")).isEmpty();
        }
        assertThat(after.get("speakers")).hasSize(2);
        assertThat(speakingRights("sr-urgent", null, beforeWithdrawals.toString())).isEqualTo(asItWas);

        // An ended appointment no longer speaks; as at before its end, it did.
        Instant beforeEnd = Instant.now();
        assertThat(http.post("registrar", "/api/v1/appointments/" + bobAppointment + "/end", body("reason", "stood down")).status()).isEqualTo(200);
        assertThat(bySpeaker(speakingRights("sr-urgent", null, null)).keySet()).containsExactly(aliceAppointment);
        assertThat(bySpeaker(speakingRights("sr-urgent", null, beforeEnd.toString())).keySet())
                .containsExactlyInAnyOrder(aliceAppointment, bobAppointment);
        assertThat(http.post("registrar", "/api/v1/appointments/" + bobAppointment + "/end", body("reason", "again")).status()).isEqualTo(409);
    }

    private JsonNode speakingRights(String topic, String forum, String at) {
        String path = "/api/v1/speaking-rights?confederation=" + SLUG + "&topic=" + topic + (forum == null ? "" : "&forum=" + forum)
                + (at == null ? "" : "&at=" + at);
        LedgerHttp.Answer answer = http.get("icb", path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static Map<String, JsonNode> bySpeaker(JsonNode rights) {
        Map<String, JsonNode> speakers = new java.util.HashMap<>();
        rights.get("speakers").forEach(s -> speakers.put(s.get("appointment").asString(), s));
        return speakers;
    }

    private String person(String name) {
        LedgerHttp.Answer person = http.post("registrar", "/api/v1/people", body("name", name, "role", "PCN Clinical Director",
                "organisation", "N81001"));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        return person.json().get("id").asString();
    }

    private String appoint(String person, List<String> forums, List<String> topics, String ceiling) {
        LedgerHttp.Answer appointed = http.post("registrar", CONF + "/appointments", body("person", person, "forums", forums,
                "topics", topics, "ceiling", ceiling, "from", LocalDate.now().minusDays(1).toString()));
        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        return appointed.json().get("id").asString();
    }

    private String issue(String topic, String title) {
        return http.post("registrar", CONF + "/issues", body("title", title, "topic", topic, "level", "PLACE", "scope", "COLLECTIVE",
                "raisedBy", "N81001")).json().get("id").asString();
    }

    private void position(String issue, String statement, List<String> supporting) {
        LedgerHttp.Answer recorded = http.post("registrar", "/api/v1/issues/" + issue + "/positions", body("statement", statement,
                "essentialTerms", List.of("red line"), "negotiableTerms", List.of(), "support",
                body("for", supporting, "against", List.of(), "abstain", List.of())));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    }

    private static String least(String a, String b) {
        List<String> order = List.of("OBSERVE", "REPRESENT", "NEGOTIATE", "AGREE");
        return order.get(Math.min(order.indexOf(a), order.indexOf(b)));
    }

    private static long sum(List<String> codes, Map<String, Long> patients) {
        return codes.stream().mapToLong(patients::get).sum();
    }

    private static boolean reaches(long part, long whole, String share) {
        return BigDecimal.valueOf(part).compareTo(new BigDecimal(share).multiply(BigDecimal.valueOf(whole))) >= 0;
    }
}
