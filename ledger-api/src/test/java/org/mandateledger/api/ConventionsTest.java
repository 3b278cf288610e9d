package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mandateledger.api.LedgerHttp.body;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.JsonNode;

/** The conventions of the REST contract that hold for every endpoint. */
class ConventionsTest extends LedgerServiceTest {

    @Autowired
    JsonMapper json;

    @Test
    void an_anonymous_caller_gets_401_problem_json_asking_for_basic_auth() {
        LedgerHttp.Answer answer = http.get(null, "/api/v1/organisations");
        problem(answer, 401, "UNAUTHENTICATED");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void a_role_that_may_not_write_gets_403() {
        problem(http.put("icb", "/api/v1/topics/icb-topic", body("title", "Not theirs to write")), 403, "FORBIDDEN");
    }

    @Test
    void a_chair_may_not_write_in_another_confederation() {
        problem(http.put("other-chair", "/api/v1/confederations/cheshire-east/members/N81001", null), 403, "FORBIDDEN");
    }

    @Test
    void an_unknown_path_is_404_problem_json() {
        problem(http.get("sec", "/api/v1/nowhere"), 404, "NOT_FOUND");
        problem(http.get("sec", "/api/v1/organisations/ZZ0000"), 404, "UNKNOWN_ORGANISATION");
    }

    @Test
    void a_method_the_resource_does_not_have_is_405() {
        problem(http.delete("sec", "/api/v1/topics"), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        problem(http.raw("sec", "PUT", "/api/v1/topics/plain", "title=Plain", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void a_body_over_one_mebibyte_is_413_and_records_nothing() {
        long before = eventStore.count();
        String huge = "{\"title\":\"" + "x".repeat(1024 * 1024) + "\"}";
        problem(http.raw("sec", "PUT", "/api/v1/topics/huge", huge, "application/json"), 413, "PAYLOAD_TOO_LARGE");
        assertThat(eventStore.count()).isEqualTo(before);
    }

    @Test
    void json_nested_deeper_than_32_is_refused() {
        String deep = "{\"title\":\"Deep\",\"parent\":" + "[".repeat(40) + "]".repeat(40) + "}";
        LedgerHttp.Answer answer = http.raw("sec", "PUT", "/api/v1/topics/deep", deep, "application/json");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        // The request mapper itself stops reading past 32 levels, whatever the target type would have been.
        assertThatThrownBy(() -> json.readTree("[".repeat(33) + "]".repeat(33))).isInstanceOf(StreamConstraintsException.class);
        assertThat(json.readTree("[".repeat(32) + "]".repeat(32))).isNotNull();
    }

    @Test
    void writes_carry_their_position_and_a_put_changes_only_the_fields_it_sends() {
        LedgerHttp.Answer created = http.put("sec", "/api/v1/organisations/CONV01", body("name", "Conventions Practice", "kind", "PRACTICE",
                "registeredPatients", 4321, "listSizeDate", "2026-04-01"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/organisations/CONV01");
        long first = Long.parseLong(created.header("Ledger-Position"));
        assertThat(first).isPositive();

        LedgerHttp.Answer renamed = http.put("sec", "/api/v1/organisations/CONV01", body("name", "Conventions Surgery"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(Long.parseLong(renamed.header("Ledger-Position"))).isGreaterThan(first);
        assertThat(renamed.json().get("name").asString()).isEqualTo("Conventions Surgery");
        assertThat(renamed.json().get("registeredPatients").asLong()).isEqualTo(4321);
        assertThat(renamed.json().get("kind").asString()).isEqualTo("PRACTICE");

        long before = eventStore.count();
        LedgerHttp.Answer same = http.put("sec", "/api/v1/organisations/CONV01", body("name", "Conventions Surgery"));
        assertThat(same.status()).isEqualTo(200);
        assertThat(eventStore.count()).as("repeating a PUT appends nothing").isEqualTo(before);
    }

    @Test
    void a_read_waits_for_its_position_and_answers_503_when_it_is_not_reached() {
        LedgerHttp.Answer written = http.put("sec", "/api/v1/topics/consistency", body("title", "Read your writes"));
        long position = Long.parseLong(written.header("Ledger-Position"));
        LedgerHttp fresh = new LedgerHttp(port, LedgerTestUsers.PASSWORDS);
        LedgerHttp.Answer read = fresh.raw("sec", "GET", "/api/v1/topics/consistency", null, null);
        assertThat(read.status()).isEqualTo(200);

        long beyond = eventStore.head() + 1_000_000;
        LedgerHttp.Answer tooFar = getWithMinPosition("/api/v1/topics/consistency", Long.toString(beyond));
        problem(tooFar, 503, "NOT_YET_CONSISTENT");
        assertThat(tooFar.header("Retry-After")).isNotBlank();
        problem(getWithMinPosition("/api/v1/topics/consistency", "soon"), 400, "INVALID_REQUEST");
        assertThat(getWithMinPosition("/api/v1/topics/consistency", Long.toString(position)).status()).isEqualTo(200);
    }

    @Test
    void the_openapi_document_is_open_and_describes_every_endpoint() {
        LedgerHttp.Answer docs = http.get(null, "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().get("paths");
        assertThat(paths.propertyNames()).contains(
                "/api/v1/organisations", "/api/v1/organisations/{code}", "/api/v1/organisations/import",
                "/api/v1/topics", "/api/v1/topics/{slug}", "/api/v1/forums", "/api/v1/forums/{slug}",
                "/api/v1/people", "/api/v1/people/{id}", "/api/v1/people/{id}/interests",
                "/api/v1/meetings", "/api/v1/meetings/{id}",
                "/api/v1/confederations/{slug}", "/api/v1/confederations/{slug}/members/{code}",
                "/api/v1/confederations/{slug}/mandates", "/api/v1/mandates/{id}", "/api/v1/mandates/{id}/withdrawal",
                "/api/v1/confederations/{slug}/coverage");
    }

    @Test
    void health_is_open_and_metrics_are_for_admins_and_include_the_event_processor() {
        assertThat(http.get(null, "/actuator/health").status()).isEqualTo(200);
        assertThat(http.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        assertThat(http.getText("chair", "/actuator/prometheus").status()).as("metrics are the ADMIN's").isEqualTo(403);
        LedgerHttp.Answer metrics = http.getText("ops", "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw().body()).contains("commandBus_").contains("eventProcessor_").contains("processorName=\"ledger\"");
    }

    private LedgerHttp.Answer getWithMinPosition(String path, String position) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                            ("sec:" + LedgerTestUsers.PASSWORDS.get("sec")).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .header("Ledger-Min-Position", position).GET().build();
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? null : LedgerHttp.JSON.readTree(response.body());
            return new LedgerHttp.Answer(response.statusCode(), response, json);
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void problem(LedgerHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).as(answer.toString()).isEqualTo(code);
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().has("type") && answer.json().has("title")).isTrue();
    }
}
