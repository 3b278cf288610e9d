package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may do what, as one table: every endpoint, with an object of the caller's own confederation
 * (or organisation, or brief) and one of another's, against every role — anonymous, CHAIR,
 * SECRETARIAT, DELEGATE, MEMBER, ICB, ADMIN, each reaching the confederation "matrix". Each cell is
 * the exact status expected. Writes carry a body that an authorised caller would be refused for by
 * a rule of the domain or by validation (4xx, nothing recorded), so the table shows that
 * authorisation is decided before anything else and never changes the ledger.
 */
class AuthorisationMatrixTest extends LedgerServiceTest {

    /** The callers, in the table's column order; {@code null} is anonymous. */
    private static final List<String> CALLERS = java.util.Arrays.asList(null, "mx-chair", "mx-sec", "mx-delegate", "mx-member", "icb", "ops");

    private record Row(String method, String path, Object body, int... expected) {
    }

    /** The table. Columns: anonymous, CHAIR, SECRETARIAT, DELEGATE, MEMBER, ICB, ADMIN. */
    private static List<Row> table() {
        Map<String, Object> unknownTopicGrant = body("grantor", "MX001", "topics", List.of("no-such-topic"), "ceiling", "AGREE",
                "validFrom", LocalDate.now().toString());
        Map<String, Object> neighbourGrant = body("grantor", "MX003", "topics", List.of("no-such-topic"), "ceiling", "AGREE",
                "validFrom", LocalDate.now().toString());
        Map<String, Object> unknownTopicIssue = body("title", "T", "topic", "no-such-topic", "level", "PLACE", "scope", "COLLECTIVE",
                "raisedBy", "MX001");
        Map<String, Object> empty = body();
        return List.of(
                // Reference data: read by every signed-in user, written by chairs and secretariats.
                new Row("GET", "/api/v1/organisations", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/organisations/MX001", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/topics/mx-new", body("title", ""), 401, 400, 400, 403, 403, 403, 403),
                new Row("GET", "/api/v1/topics/mx-topic", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/forums/mx-new", empty, 401, 422, 422, 403, 403, 403, 403),
                new Row("POST", "/api/v1/people", empty, 401, 400, 400, 403, 403, 403, 403),
                new Row("GET", "/api/v1/people/{person}", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/meetings", empty, 401, 400, 400, 403, 403, 403, 403),
                new Row("GET", "/api/v1/meetings/{meeting}", null, 401, 200, 200, 200, 200, 200, 200),
                // Confederations: their own by writers within reach; another's by nobody here.
                new Row("GET", "/api/v1/confederations", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/confederations/matrix", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("PUT", "/api/v1/confederations/matrix", body("name", ""), 401, 400, 400, 403, 403, 403, 403),
                new Row("PUT", "/api/v1/confederations/matrix-other", body("name", ""), 401, 403, 403, 403, 403, 403, 403),
                new Row("PUT", "/api/v1/confederations/matrix/members/ZZ9999", null, 401, 404, 404, 403, 403, 403, 403),
                // Removing a member: never a member here (404 NOT_A_MEMBER); a member of a confederation out of reach.
                new Row("DELETE", "/api/v1/confederations/matrix/members/ZZ9999", null, 401, 404, 404, 403, 403, 403, 403),
                new Row("DELETE", "/api/v1/confederations/matrix-other/members/MX002", null, 401, 403, 403, 403, 403, 403, 403),
                new Row("GET", "/api/v1/confederations/matrix/coverage?topic=mx-topic", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/confederations/matrix/coverage/practices?topic=mx-topic", null, 401, 200, 200, 200, 200, 200, 200),
                // Open data: every signed-in user, always as system partners see it (PopoloTest).
                new Row("GET", "/api/v1/confederations/matrix/popolo", null, 401, 200, 200, 200, 200, 200, 200),
                // Mandates: a member grants and withdraws only its own organisation's.
                new Row("POST", "/api/v1/confederations/matrix/mandates", unknownTopicGrant, 401, 422, 422, 403, 422, 403, 403),
                new Row("POST", "/api/v1/confederations/matrix/mandates", neighbourGrant, 401, 422, 422, 403, 403, 403, 403),
                new Row("POST", "/api/v1/confederations/matrix-other/mandates", unknownTopicGrant, 401, 403, 403, 403, 403, 403, 403),
                new Row("GET", "/api/v1/confederations/matrix/mandates", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/mandates/{ownMandate}", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/mandates/{ownMandate}/withdrawal", body("reason", "again"), 401, 409, 409, 403, 409, 403, 403),
                new Row("POST", "/api/v1/mandates/{neighbourMandate}/withdrawal", body("reason", "again"), 401, 409, 409, 403, 403, 403, 403),
                new Row("POST", "/api/v1/mandates/{otherMandate}/withdrawal", body("reason", "x"), 401, 403, 403, 403, 403, 403, 403),
                // Issues: raised by writers, or by a member as itself; positions and closure by writers within reach.
                new Row("POST", "/api/v1/confederations/matrix/issues", unknownTopicIssue, 401, 422, 422, 403, 422, 403, 403),
                new Row("GET", "/api/v1/confederations/matrix/issues", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/issues/{ownIssue}", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/issues/{closedIssue}/positions", body("statement", "x", "essentialTerms", List.of(),
                        "negotiableTerms", List.of(), "support", body("for", List.of(), "against", List.of(), "abstain", List.of())),
                        401, 409, 409, 403, 403, 403, 403),
                new Row("POST", "/api/v1/issues/{otherIssue}/closure", body("reason", "x"), 401, 403, 403, 403, 403, 403, 403),
                new Row("POST", "/api/v1/issues/{closedIssue}/closure", body("reason", "x"), 401, 409, 409, 403, 403, 403, 403),
                // Appointments.
                new Row("POST", "/api/v1/confederations/matrix/appointments", empty, 401, 400, 400, 403, 403, 403, 403),
                new Row("GET", "/api/v1/appointments/{ownAppointment}", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/appointments/{otherAppointment}/end", body("reason", "x"), 401, 403, 403, 403, 403, 403, 403),
                // Briefs: the delegate's own, and their confederation's chair and secretariat; nobody else knows them.
                new Row("POST", "/api/v1/briefs", empty, 401, 400, 400, 403, 403, 403, 403),
                new Row("GET", "/api/v1/briefs/{ownBrief}", null, 401, 200, 200, 200, 404, 404, 404),
                new Row("GET", "/api/v1/briefs/{otherBrief}", null, 401, 404, 404, 404, 404, 404, 404),
                new Row("GET", "/api/v1/me/briefs", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("POST", "/api/v1/briefs/{ownBrief}/acknowledgement", null, 401, 403, 403, 409, 403, 403, 403),
                new Row("POST", "/api/v1/briefs/{otherBrief}/acknowledgement", null, 401, 403, 403, 404, 403, 403, 403),
                new Row("POST", "/api/v1/briefs/{ownBrief}/feedback", empty, 401, 403, 403, 422, 403, 403, 403),
                new Row("POST", "/api/v1/briefs/{otherBrief}/feedback", empty, 401, 403, 403, 404, 403, 403, 403),
                new Row("POST", "/api/v1/briefs/{ownBrief}/items/{ownIssue}/ratification", body("decision", "RATIFIED"),
                        401, 422, 403, 403, 403, 403, 403),
                new Row("POST", "/api/v1/briefs/{otherBrief}/items/{otherIssue}/ratification", body("decision", "RATIFIED"),
                        401, 404, 403, 403, 403, 403, 403),
                // The chair's audit, actions, the event feed, speaking rights.
                new Row("GET", "/api/v1/confederations/matrix/audit", null, 401, 200, 200, 403, 403, 403, 403),
                new Row("GET", "/api/v1/confederations/matrix-other/audit", null, 401, 403, 403, 403, 403, 403, 403),
                new Row("GET", "/api/v1/confederations/matrix/actions", null, 401, 200, 200, 403, 403, 403, 403),
                new Row("GET", "/api/v1/confederations/matrix/briefs?upcoming=true", null, 401, 200, 200, 403, 403, 403, 403),
                new Row("GET", "/api/v1/confederations/matrix-other/briefs", null, 401, 403, 403, 403, 403, 403, 403),
                new Row("POST", "/api/v1/actions/{unknown}/completion", empty, 401, 404, 404, 403, 403, 403, 403),
                new Row("GET", "/api/v1/events?limit=1", null, 401, 200, 200, 403, 403, 200, 200),
                new Row("GET", "/api/v1/speaking-rights?confederation=matrix&topic=mx-topic", null, 401, 200, 200, 200, 200, 200, 200),
                // The verifiable ledger: verified and exported by chairs and operators; checkpoints and the key for all.
                new Row("GET", "/api/v1/ledger/verify", null, 401, 200, 403, 403, 403, 403, 200),
                new Row("GET", "/api/v1/ledger/export", null, 401, 200, 403, 403, 403, 403, 200),
                new Row("GET", "/api/v1/ledger/checkpoints", null, 401, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/api/v1/ledger/key", null, 401, 200, 200, 200, 200, 200, 200),
                // Operating the service.
                new Row("GET", "/api/v1/admin/replay", null, 401, 403, 403, 403, 403, 403, 200),
                // An erasure of someone unknown: refused for all but the ADMIN, who learns there is no such person.
                new Row("POST", "/api/v1/admin/erasures", body("person", "00000000-0000-4000-8000-00000000e4a5", "ground", "PERSON_ASKED"),
                        401, 403, 403, 403, 403, 403, 404),
                // Webhooks: chairs and operators (whose subscriptions: WebhookTest); the unknown one is unknown to both.
                new Row("GET", "/api/v1/webhooks", null, 401, 200, 403, 403, 403, 403, 200),
                new Row("POST", "/api/v1/webhooks", body("confederations", List.of("matrix")), 401, 400, 403, 403, 403, 403, 400),
                new Row("GET", "/api/v1/webhooks/{unknown}", null, 401, 404, 403, 403, 403, 403, 404),
                new Row("GET", "/api/v1/webhooks/{unknown}/deliveries", null, 401, 404, 403, 403, 403, 403, 404),
                new Row("POST", "/api/v1/webhooks/{unknown}/resumption", empty, 401, 404, 403, 403, 403, 403, 404),
                new Row("DELETE", "/api/v1/webhooks/{unknown}", null, 401, 404, 403, 403, 403, 403, 404),
                new Row("GET", "/actuator/health", null, 200, 200, 200, 200, 200, 200, 200),
                new Row("GET", "/actuator/metrics", null, 401, 403, 403, 403, 403, 403, 200));
    }

    @TestFactory
    Stream<DynamicTest> every_endpoint_answers_every_role_exactly_as_the_table_says() {
        Map<String, String> objects = recordTheObjects();
        List<DynamicTest> cells = new ArrayList<>();
        for (Row row : table()) {
            assertThat(row.expected()).as(row.method() + " " + row.path()).hasSize(CALLERS.size());
            String path = row.path();
            for (Map.Entry<String, String> object : objects.entrySet()) {
                path = path.replace("{" + object.getKey() + "}", object.getValue());
            }
            String resolved = path;
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                int expected = row.expected()[i];
                cells.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + (caller == null ? "anonymous" : caller)
                        + " -> " + expected, () -> {
                    long events = eventStore.count();
                    LedgerHttp.Answer answer = send(caller, row.method(), resolved, row.body());
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(expected);
                    if (expected >= 400) {
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                    }
                    if (!row.method().equals("GET")) {
                        assertThat(eventStore.count()).as("nothing recorded by a refused write").isEqualTo(events);
                    }
                }));
            }
        }
        return cells.stream();
    }

    private LedgerHttp.Answer send(String caller, String method, String path, Object body) {
        return switch (method) {
            case "GET" -> http.get(caller, path);
            case "PUT" -> http.put(caller, path, body);
            case "POST" -> http.post(caller, path, body);
            case "DELETE" -> http.delete(caller, path);
            default -> throw new IllegalArgumentException(method);
        };
    }

    /** Two confederations and one of everything in each, recorded by the secretariat with reach everywhere. */
    private Map<String, String> recordTheObjects() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String code : List.of("MX001", "MX002", "MX003")) {
            http.put("registrar", "/api/v1/organisations/" + code, body("name", "Matrix " + code, "kind", "PRACTICE", "registeredPatients", 4000));
        }
        http.put("registrar", "/api/v1/topics/mx-topic", body("title", "Matrix topic"));
        http.put("registrar", "/api/v1/forums/mx-forum", body("name", "Matrix forum", "level", "PLACE"));
        var half = body("practices", 0.5, "patients", 0.5);
        var constitution = body("thresholds", body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half), "adoption", half, "feedbackDueDays", 7);
        http.put("registrar", "/api/v1/confederations/matrix", body("name", "Matrix", "place", "Nowhere", "constitution", constitution));
        http.put("registrar", "/api/v1/confederations/matrix-other", body("name", "Other", "place", "Elsewhere", "constitution", constitution));
        http.put("registrar", "/api/v1/confederations/matrix/members/MX001", null);
        http.put("registrar", "/api/v1/confederations/matrix/members/MX003", null);
        http.put("registrar", "/api/v1/confederations/matrix-other/members/MX002", null);
        ids.put("ownMandate", withdrawn("matrix", "MX001"));
        ids.put("neighbourMandate", withdrawn("matrix", "MX003"));
        ids.put("otherMandate", created(http.post("registrar", "/api/v1/confederations/matrix-other/mandates", body("grantor", "MX002",
                "topics", List.of("*"), "ceiling", "AGREE", "validFrom", LocalDate.now().toString()))));
        ids.put("ownIssue", issue("matrix", "MX001", List.of("MX001", "MX003")));
        ids.put("closedIssue", issue("matrix", "MX001", List.of("MX001")));
        assertThat(http.post("registrar", "/api/v1/issues/" + ids.get("closedIssue") + "/closure", body("reason", "settled")).status())
                .isEqualTo(200);
        ids.put("otherIssue", issue("matrix-other", "MX002", List.of("MX002")));
        ids.put("person", created(http.post("registrar", "/api/v1/people", body("name", "Dr Matrix", "role", "GP", "organisation", "MX001",
                "login", "mx.delegate"))));
        String otherPerson = created(http.post("registrar", "/api/v1/people", body("name", "Dr Other", "role", "GP", "organisation", "MX002",
                "login", "mx.other")));
        ids.put("ownAppointment", appointment("matrix", ids.get("person")));
        ids.put("otherAppointment", appointment("matrix-other", otherPerson));
        ids.put("meeting", created(http.post("registrar", "/api/v1/meetings", body("forum", "mx-forum",
                "startsAt", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(), "title", "Matrix board"))));
        ids.put("ownBrief", brief(ids.get("ownAppointment"), ids.get("meeting"), ids.get("ownIssue")));
        ids.put("otherBrief", brief(ids.get("otherAppointment"), ids.get("meeting"), ids.get("otherIssue")));
        assertThat(http.post("mx-delegate", "/api/v1/briefs/" + ids.get("ownBrief") + "/acknowledgement", null).status()).isEqualTo(200);
        ids.put("unknown", java.util.UUID.randomUUID().toString());
        return ids;
    }

    private String withdrawn(String confederation, String grantor) {
        String mandate = created(http.post("registrar", "/api/v1/confederations/" + confederation + "/mandates", body("grantor", grantor,
                "topics", List.of("*"), "ceiling", "AGREE", "validFrom", LocalDate.now().toString())));
        assertThat(http.post("registrar", "/api/v1/mandates/" + mandate + "/withdrawal", body("reason", "matrix")).status()).isEqualTo(200);
        return mandate;
    }

    private String issue(String confederation, String raisedBy, List<String> supporting) {
        String issue = created(http.post("registrar", "/api/v1/confederations/" + confederation + "/issues", body("title", "Matrix issue",
                "topic", "mx-topic", "level", "PLACE", "scope", "COLLECTIVE", "raisedBy", raisedBy)));
        created(http.post("registrar", "/api/v1/issues/" + issue + "/positions", body("statement", "Matrix position", "essentialTerms",
                List.of("red"), "negotiableTerms", List.of("amber"), "support", body("for", supporting, "against", List.of(),
                        "abstain", List.of()))));
        return issue;
    }

    private String appointment(String confederation, String person) {
        return created(http.post("registrar", "/api/v1/confederations/" + confederation + "/appointments", body("person", person,
                "forums", List.of("*"), "topics", List.of("*"), "ceiling", "NEGOTIATE", "from", LocalDate.now().minusDays(1).toString())));
    }

    private String brief(String appointment, String meeting, String issue) {
        return created(http.post("registrar", "/api/v1/briefs", body("appointment", appointment, "meeting", meeting,
                "items", List.of(body("issue", issue, "authority", "OBSERVE")))));
    }

    private static String created(LedgerHttp.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().has("id") ? answer.json().get("id").asString() : answer.json().get("version").asString();
    }
}
