package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document is the contract ICB tooling builds on (issue 15). What the service serves is
 * held equal to the committed {@code docs/openapi.json}, so the contract never drifts silently; to
 * accept a change on purpose, run this test with {@code -Dledger.openapi.write=true} and commit the
 * file. And the document says what a client needs: every operation named, summarised and tagged,
 * each refusal a problem, writes with their position and idempotency headers, reads with
 * {@code Ledger-Min-Position}, both security schemes, no JSON library's internals.
 */
class OpenApiContractTest extends LedgerServiceTest {

    private static final Path COMMITTED = Path.of("..", "docs", "openapi.json");

    @Test
    void the_served_document_is_the_committed_contract() throws IOException {
        LedgerHttp.Answer served = http.get(null, "/v3/api-docs");
        assertThat(served.status()).isEqualTo(200);
        JsonNode document = served.json();
        if (Boolean.getBoolean("ledger.openapi.write")) {
            Files.writeString(COMMITTED, LedgerHttp.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n",
                    StandardCharsets.UTF_8);
        }
        assertThat(COMMITTED).as("docs/openapi.json (write it with -Dledger.openapi.write=true)").exists();
        JsonNode committed = LedgerHttp.JSON.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        assertThat(document).as("the served document differs from docs/openapi.json: if the change is meant, run "
                + "./mvnw -pl ledger-api -am test -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dledger.openapi.write=true and commit the file").isEqualTo(committed);
    }

    @Test
    void every_operation_is_named_summarised_tagged_and_answers_its_refusals_as_problems() {
        JsonNode document = http.get(null, "/v3/api-docs").json();
        assertThat(document.get("info").get("title").asString()).isEqualTo("Mandate Ledger API");
        assertThat(document.get("components").get("securitySchemes").get("basicAuth").get("scheme").asString()).isEqualTo("basic");
        assertThat(document.get("components").get("securitySchemes").get("bearerAuth").get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(document.get("servers").get(0).get("url").asString()).as("no port of the machine it ran on").isEqualTo("/");
        assertThat(document.get("components").get("schemas").has("JsonNode")).isFalse();
        assertThat(document.toString()).doesNotContain("\\\\p{Cs}").doesNotContain("(?s)");

        Set<String> ids = new HashSet<>();
        List<String> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            String where = entry.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = entry.getValue();
            operations.add(where);
            String id = operation.get("operationId").asString();
            assertThat(id).as(where).matches("[a-z][A-Za-z]+").doesNotContain("_");
            assertThat(ids.add(id)).as("operationId " + id + " once").isTrue();
            assertThat(operation.get("summary").asString()).as(where).isNotBlank();
            assertThat(operation.get("tags")).as(where).hasSize(1);
            JsonNode responses = operation.get("responses");
            for (String refusal : List.of("400", "401", "403", "429")) {
                assertThat(responses.get(refusal).get("content").get("application/problem+json").get("schema").get("$ref").asString())
                        .as(where + " " + refusal).isEqualTo("#/components/schemas/Problem");
            }
            List<String> headers = new ArrayList<>();
            operation.path("parameters").forEach(p -> {
                if (p.get("in").asString().equals("header")) {
                    headers.add(p.get("name").asString());
                }
            });
            if (entry.getKey().equals("get")) {
                assertThat(headers).as(where).contains("Ledger-Min-Position");
            } else {
                assertThat(headers).as(where).contains("Idempotency-Key");
                if (responses.has("202")) {
                    assertThat(responses.get("202").get("headers").has("Ledger-Position")).as(where + ": records nothing").isFalse();
                } else if (path.getKey().startsWith("/api/v1/webhooks") || path.getKey().equals("/api/v1/admin/backups")) {
                    JsonNode success = responses.has("201") ? responses.get("201") : responses.has("204") ? responses.get("204") : responses.get("200");
                    assertThat(success.path("headers").has("Ledger-Position")).as(where + ": a subscription or a backup is no event").isFalse();
                } else {
                    JsonNode success = responses.has("201") ? responses.get("201") : responses.get("200");
                    assertThat(success.get("headers").has("Ledger-Position")).as(where).isTrue();
                }
                assertThat(responses.get("422").get("content").has("application/problem+json")).as(where).isTrue();
            }
        }));
        assertThat(operations).hasSizeGreaterThan(50);
        JsonNode grant = document.get("paths").get("/api/v1/confederations/{slug}/mandates").get("post");
        assertThat(grant.get("operationId").asString()).isEqualTo("grantMandate");
        assertThat(grant.get("responses").has("200")).as("a grant answers 201 only").isFalse();
        assertThat(grant.get("responses").get("201").get("headers").has("Location")).isTrue();
        assertThat(document.get("paths").get("/api/v1/confederations/{slug}/coverage").get("get").get("operationId").asString())
                .isEqualTo("getCoverage");
        JsonNode payload = document.get("components").get("schemas").get("FeedEvent").get("properties").get("payload");
        assertThat(payload.get("type").asString()).isEqualTo("object");
        assertThat(payload.get("additionalProperties").asBoolean()).isTrue();
        assertThat(document.get("paths").get("/api/v1/ledger/export").get("get").get("responses").get("200").get("content")
                .has("application/x-ndjson")).isTrue();
    }
}
