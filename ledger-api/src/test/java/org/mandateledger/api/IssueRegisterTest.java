package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * raise-issue and record-position on the real Cheshire practices: a member raises an issue, the
 * many small practices back a first version that is only an emerging view (a majority by head
 * count, not by patients), a second version backed by enough large practices is adopted, and the
 * register keeps every version. Expected figures come from the files.
 */
class IssueRegisterTest extends LedgerServiceTest {

    private static final String CONF = "/api/v1/confederations/cheshire-issues";
    private static final Map<String, Object> HALF = body("practices", 0.5, "patients", 0.5);

    @Test
    void a_position_is_adopted_only_by_a_dual_majority_of_member_practices() {
        List<String> practices = CheshireFiles.activePractices();
        Map<String, Long> patients = CheshireFiles.registeredPatients();
        long totalPatients = practices.stream().mapToLong(patients::get).sum();
        assertThat(http.multipart("registrar", "/api/v1/organisations/import", CheshireFiles.importFiles()).status()).isEqualTo(200);
        http.put("registrar", "/api/v1/organisations/LMC-CHESHIRE", body("name", "Cheshire LMC", "kind", "LMC"));
        http.put("registrar", "/api/v1/topics/contract-funding", body("title", "Contract and funding"));
        assertThat(http.put("registrar", CONF, body("name", "Cheshire issues", "place", "Cheshire", "constitution",
                body("thresholds", body("REPRESENT", HALF, "NEGOTIATE", HALF, "AGREE", HALF), "adoption", HALF, "feedbackDueDays", 7)))
                .status()).isEqualTo(201);
        for (String practice : practices) {
            http.put("registrar", CONF + "/members/" + practice, null);
        }
        http.put("registrar", CONF + "/members/LMC-CHESHIRE", null);

        // Only a member raises an issue; a reserved one names whom it stays with.
        refused(http.post("registrar", CONF + "/issues", issue("U29951", "COLLECTIVE", null)), 422, "RAISED_BY_NOT_A_MEMBER");
        refused(http.post("registrar", CONF + "/issues", issue("LMC-CHESHIRE", "RESERVED", null)), 422, "RESERVED_TO_REQUIRED");
        LedgerHttp.Answer raised = http.post("registrar", CONF + "/issues", issue("LMC-CHESHIRE", "COLLECTIVE", null));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
        String issue = raised.json().get("id").asString();
        assertThat(raised.header("Location")).isEqualTo("/api/v1/issues/" + issue);
        assertThat(raised.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(raised.json().get("currentPosition").isNull()).isTrue();

        // The many small practices: a majority by head count, a minority by patients — an emerging view, not adopted.
        List<String> smallestFirst = CheshireFiles.bySize(patients);
        List<String> small = smallestFirst.subList(0, 40);
        LedgerHttp.Answer first = http.post("registrar", "/api/v1/issues/" + issue + "/positions", position(
                "Emerging: hold core funding at this year's level", small, List.of(smallestFirst.get(78)), List.of()));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(first.json().get("essentialTerms").get(0).get("id").asString()).isEqualTo("E1");
        assertThat(first.json().get("essentialTerms").get(1).get("id").asString()).isEqualTo("E2");
        assertThat(first.json().get("negotiableTerms").get(0).get("id").asString()).isEqualTo("N1");
        assertThat(first.json().get("negotiableTerms").get(0).get("text").asString()).isEqualTo("phasing over two years");
        long smallPatients = small.stream().mapToLong(patients::get).sum();
        assertShare(first.json().get("support").get("practicesShare"), small.size(), practices.size());
        assertShare(first.json().get("support").get("patientsShare"), smallPatients, totalPatients);
        assertThat(reaches(small.size(), practices.size()) && !reaches(smallPatients, totalPatients))
                .as("premise: a head-count majority that the patients withhold").isTrue();
        assertThat(first.json().get("adopted").asBoolean()).isFalse();

        // Enough of the largest practices join for both majorities: the second version is adopted.
        List<String> largestFirst = new ArrayList<>(smallestFirst);
        Collections.reverse(largestFirst);
        List<String> backing = new ArrayList<>(small);
        for (String practice : largestFirst) {
            backing.add(practice);
            if (reaches(backing.size(), practices.size()) && reaches(backing.stream().mapToLong(patients::get).sum(), totalPatients)) {
                break;
            }
        }
        LedgerHttp.Answer second = http.post("registrar", "/api/v1/issues/" + issue + "/positions", position(
                "Adopted: funding follows the list, weighted for deprivation", backing, List.of(), List.of()));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().get("version").asInt()).isEqualTo(2);
        assertThat(second.json().get("adopted").asBoolean()).isTrue();
        assertShare(second.json().get("support").get("patientsShare"), backing.stream().mapToLong(patients::get).sum(), totalPatients);

        // The register keeps every version; the current one is the latest.
        JsonNode register = http.get("registrar", "/api/v1/issues/" + issue).json();
        assertThat(register.get("positions")).hasSize(2);
        assertThat(register.get("positions").get(0).get("adopted").asBoolean()).isFalse();
        assertThat(register.get("currentPosition").get("version").asInt()).isEqualTo(2);

        // A system partner, an operator and another confederation's chair see the adopted statement, never the red lines,
        // the negotiable terms or the emerging view.
        for (String outsider : List.of("icb", "ops", "chair")) {
            for (String path : List.of("/api/v1/issues/" + issue, CONF + "/issues")) {
                LedgerHttp.Answer seen = http.get(outsider, path);
                assertThat(seen.status()).isEqualTo(200);
                assertThat(seen.raw().body()).as(outsider + " " + path).contains("Adopted: funding follows the list")
                        .doesNotContain("no cut to core funding").doesNotContain("list-based allocation")
                        .doesNotContain("phasing over two years").doesNotContain("Emerging: hold core funding");
            }
        }
        JsonNode icbView = http.get("icb", "/api/v1/issues/" + issue).json();
        assertThat(icbView.get("positions")).hasSize(1);
        assertThat(icbView.get("currentPosition").get("version").asInt()).isEqualTo(2);
        assertThat(http.get("registrar", CONF + "/issues?topic=contract-funding&status=OPEN").json().get("items")).hasSize(1);

        // A third version that is only an emerging view: a system partner then sees no current position at all,
        // not the superseded adopted one.
        assertThat(http.post("registrar", "/api/v1/issues/" + issue + "/positions", position(
                "Emerging: revisit after the spending review", small, List.of(), List.of())).json().get("adopted").asBoolean()).isFalse();
        LedgerHttp.Answer afterEmerging = http.get("icb", "/api/v1/issues/" + issue);
        assertThat(afterEmerging.json().get("currentPosition").isNull()).isTrue();
        assertThat(afterEmerging.json().get("positions")).isEmpty();
        assertThat(afterEmerging.raw().body()).doesNotContain("Emerging: revisit").doesNotContain("Adopted: funding follows the list");

        // Only member practices back a position, each in one list.
        refused(http.post("registrar", "/api/v1/issues/" + issue + "/positions", position("x", List.of("LMC-CHESHIRE"), List.of(), List.of())),
                422, "SUPPORT_NOT_A_MEMBER_PRACTICE");
        refused(http.post("registrar", "/api/v1/issues/" + issue + "/positions", position("x", List.of("U29951"), List.of(), List.of())),
                422, "SUPPORT_NOT_A_MEMBER_PRACTICE");
        refused(http.post("registrar", "/api/v1/issues/" + issue + "/positions",
                position("x", List.of(small.get(0)), List.of(small.get(0)), List.of())), 422, "SUPPORT_OVERLAPS");

        // Closure ends it: no new position, and closing again is a conflict.
        LedgerHttp.Answer closed = http.post("registrar", "/api/v1/issues/" + issue + "/closure", body("reason", "agreed with the ICB"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        refused(http.post("registrar", "/api/v1/issues/" + issue + "/positions", position("late", small, List.of(), List.of())), 409, "ISSUE_CLOSED");
        refused(http.post("registrar", "/api/v1/issues/" + issue + "/closure", body("reason", "again")), 409, "ISSUE_ALREADY_CLOSED");
        assertThat(http.get("registrar", CONF + "/issues?status=CLOSED").json().get("items")).hasSize(1);
    }

    private static Map<String, Object> issue(String raisedBy, String scope, String reservedTo) {
        var issue = body("title", "Funding for extended access", "topic", "contract-funding", "level", "PLACE", "scope", scope,
                "raisedBy", raisedBy, "description", "The ICB proposes to move extended access funding to PCNs.");
        if (reservedTo != null) {
            issue.put("reservedTo", reservedTo);
        }
        return issue;
    }

    private static Map<String, Object> position(String statement, List<String> supporting, List<String> against, List<String> abstain) {
        return body("statement", statement, "essentialTerms", List.of("no cut to core funding", "list-based allocation"),
                "negotiableTerms", List.of("phasing over two years"),
                "support", body("for", supporting, "against", against, "abstain", abstain));
    }

    private static boolean reaches(long part, long whole) {
        return BigDecimal.valueOf(part).compareTo(new BigDecimal("0.5").multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    private static void assertShare(JsonNode share, long part, long whole) {
        BigDecimal exact = BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
        assertThat(new BigDecimal(share.asString()).subtract(exact).abs()).isLessThan(new BigDecimal("0.00001"));
    }

    private void refused(LedgerHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.json().get("code").asString()).isEqualTo(code);
    }
}
