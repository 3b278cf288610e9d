package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A member acts only as its own organisation: it grants and withdraws its own mandates and raises
 * issues as itself, within its confederation; a neighbour's mandate, another organisation's name,
 * another confederation and everything else written are refused 403, recording nothing.
 */
class MemberWritesTest extends LedgerServiceTest {

    private static final String CONF = "/api/v1/confederations/member-test";

    @Test
    void a_member_acts_as_itself_and_no_one_else() {
        http.put("registrar", "/api/v1/organisations/MBR001", body("name", "Member One", "kind", "PRACTICE", "registeredPatients", 5000));
        http.put("registrar", "/api/v1/organisations/MBR002", body("name", "Member Two", "kind", "PRACTICE", "registeredPatients", 5000));
        http.put("registrar", "/api/v1/topics/member-topic", body("title", "Member topic"));
        var half = body("practices", 0.5, "patients", 0.5);
        http.put("registrar", CONF, body("name", "Members", "place", "Nowhere", "constitution", body("thresholds",
                body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half), "adoption", half, "feedbackDueDays", 7)));
        http.put("registrar", CONF + "/members/MBR001", null);
        http.put("registrar", CONF + "/members/MBR002", null);
        String neighbours = http.post("registrar", CONF + "/mandates", grant("MBR002")).json().get("id").asString();

        LedgerHttp.Answer own = http.post("mbr-one", CONF + "/mandates", grant("MBR001"));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        LedgerHttp.Answer raised = http.post("mbr-one", CONF + "/issues", issue("MBR001"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);

        long events = eventStore.count();
        Map<String, LedgerHttp.Answer> refused = Map.of(
                "a grant in a neighbour's name", http.post("mbr-one", CONF + "/mandates", grant("MBR002")),
                "an issue raised in a neighbour's name", http.post("mbr-one", CONF + "/issues", issue("MBR002")),
                "a neighbour's mandate withdrawn", http.post("mbr-one", "/api/v1/mandates/" + neighbours + "/withdrawal",
                        body("reason", "not mine")),
                "a grant in another confederation", http.post("mbr-one", "/api/v1/confederations/cheshire-east/mandates", grant("MBR001")),
                "reference data", http.put("mbr-one", "/api/v1/topics/member-topic-2", body("title", "No")),
                "a member admitted", http.put("mbr-one", CONF + "/members/MBR002", null),
                "a position recorded", http.post("mbr-one", "/api/v1/issues/" + raised.json().get("id").asString() + "/positions",
                        body("statement", "No", "essentialTerms", List.of(), "negotiableTerms", List.of(),
                                "support", body("for", List.of("MBR001"), "against", List.of(), "abstain", List.of()))));
        refused.forEach((what, answer) -> {
            assertThat(answer.status()).as(what + ": " + answer).isEqualTo(403);
            assertThat(answer.contentType()).as(what).startsWith("application/problem+json");
        });
        assertThat(eventStore.count()).as("events recorded by refused member writes").isEqualTo(events);

        LedgerHttp.Answer withdrawn = http.post("mbr-one", "/api/v1/mandates/" + own.json().get("id").asString() + "/withdrawal",
                body("reason", "practice meeting decided"));
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asString()).isEqualTo("WITHDRAWN");
    }

    private static Map<String, Object> grant(String grantor) {
        return body("grantor", grantor, "topics", List.of("*"), "ceiling", "AGREE", "validFrom", LocalDate.now().toString(),
                "evidence", "practice meeting minute");
    }

    private static Map<String, Object> issue(String raisedBy) {
        return body("title", "Member issue", "topic", "member-topic", "level", "PLACE", "scope", "COLLECTIVE", "raisedBy", raisedBy);
    }
}
