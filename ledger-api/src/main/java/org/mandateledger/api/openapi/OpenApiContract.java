package org.mandateledger.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The OpenAPI document as the contract ICB tooling builds on (issue 15): a summary, a tag and a
 * readable {@code operationId} on every operation ({@link ApiOperations}), the answer each really
 * gives ({@code 201} with {@code Location}, {@code 202}, each refusal as {@code application/problem+json}
 * with the {@code Problem} schema), the ledger's headers, both security schemes, patterns in
 * ECMA-262 syntax, the event feed's payload as a free-form object, and a stable, port-free server.
 * An operation the table does not name stops the document being served, so none is left unnamed.
 */
@Component
class OpenApiContract implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    private static final Map<Integer, String> REFUSALS = Map.ofEntries(
            Map.entry(400, "The request cannot be read or a value is not of its form (`code` and `errors` say which); nothing was recorded."),
            Map.entry(401, "No user, or credentials that do not hold (`UNAUTHENTICATED`)."),
            Map.entry(403, "The caller's role or reach does not allow this (`FORBIDDEN`); nothing was recorded."),
            Map.entry(404, "Not found, or outside the caller's reach."),
            Map.entry(409, "Already done, or in a state that forbids it (e.g. `MANDATE_ALREADY_WITHDRAWN`); nothing was recorded."),
            Map.entry(413, "The body is too large (`PAYLOAD_TOO_LARGE`)."),
            Map.entry(415, "The body is not of a media type this operation takes."),
            Map.entry(422, "A rule of the ledger refuses it (`code`, with every breach in `errors`), or an `Idempotency-Key` reused "
                    + "with another request; nothing was recorded."),
            Map.entry(429, "Too many requests from this user (`RATE_LIMITED`); `Retry-After` says when to try again."),
            Map.entry(503, "The read models have not reached `Ledger-Min-Position` in time, or the ledger is catching up "
                    + "(`NOT_YET_CONSISTENT`); `Retry-After` says when to try again."));

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title("Mandate Ledger API").version("v1")
                .description("Who may speak for general practice, on what, with what authority: the ledger's REST contract. "
                        + "Writes answer `Ledger-Position`; a read sent with `Ledger-Min-Position` waits for the read models to reach "
                        + "it. Every write takes an `Idempotency-Key`. Refusals are RFC 9457 problems with a stable `code`.")
                .license(new License().name("All rights reserved: no licence is granted yet").identifier("LicenseRef-MandateLedger-AllRightsReserved"))
                .contact(new Contact().name("Mandate Ledger maintainers")));
        openApi.servers(List.of(new Server().url("/").description("this service")));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        components.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("The embedded default: the users of the users file."));
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("The `prod` profile: a JWT from the configured issuer whose claims give `ledger_role`, "
                        + "`ledger_confederation`, `ledger_organisation` and `preferred_username`."));
        openApi.security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
        components.addSchemas(PROBLEM, problemSchema());
        freeFormPayload(components);
        ecmaPatterns(components);

        List<String> unnamed = new ArrayList<>();
        Map<String, Tag> tags = new TreeMap<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            ApiOperations.Op op = ApiOperations.of(method.name(), path);
            if (op == null) {
                unnamed.add(method + " " + path);
                return;
            }
            operation.operationId(op.id()).summary(op.summary()).tags(List.of(op.tag()));
            tags.putIfAbsent(op.tag(), new Tag().name(op.tag()).description(ApiOperations.TAGS.get(op.tag())));
            answers(method, path, operation, op);
        }));
        if (!unnamed.isEmpty()) {
            throw new IllegalStateException("operations without a name in ApiOperations: " + unnamed);
        }
        openApi.tags(new ArrayList<>(tags.values()));
    }

    private static void answers(PathItem.HttpMethod method, String path, Operation operation, ApiOperations.Op op) {
        ApiResponses responses = operation.getResponses();
        ApiResponse generated = responses.remove("200");
        Content content = generated == null ? null : generated.getContent();
        if (op.mediaType() != null) {
            content = new Content().addMediaType(op.mediaType(), new MediaType().schema(new StringSchema()
                    .description("One JSON object a line.")));
        }
        boolean write = method != PathItem.HttpMethod.GET;
        ApiResponses ordered = new ApiResponses();
        for (int status : op.success()) {
            ApiResponse success = new ApiResponse().description(switch (status) {
                case 201 -> !op.records() ? "Created." : method == PathItem.HttpMethod.PUT ? "Recorded for the first time." : "Recorded.";
                case 202 -> "Accepted: it runs in the background; `Location` is where to follow it.";
                case 204 -> "Done; nothing to answer.";
                default -> !write ? "OK." : !op.records() ? "Done." : method == PathItem.HttpMethod.PUT ? "Recorded again (or unchanged)." : "Recorded.";
            }).content(status == 204 ? null : content);
            if (status == 201 || status == 202) {
                success.addHeaderObject("Location", new Header().description(op.records() ? "Where the recorded thing is read." : "Where it is read.")
                        .schema(new StringSchema().format("uri-reference")));
            }
            if (write && status != 202 && op.records()) { // a replay (202) and webhooks record no event: no position
                success.addHeaderObject("Ledger-Position", new Header().description(
                        "The ledger position of this write: send it as `Ledger-Min-Position` to read your own write.")
                        .schema(new IntegerSchema().format("int64")));
            }
            if (write && status != 202) {
                success.addHeaderObject("Idempotent-Replayed", new Header().description(
                        "`true` when this is the stored answer to an earlier request with the same `Idempotency-Key`.")
                        .schema(new StringSchema()._enum(List.of("true"))));
            }
            ordered.addApiResponse(Integer.toString(status), success);
        }
        // 404 on every operation: a path's thing, or one a query or body names (a topic, a confederation, a checkpoint).
        List<Integer> refusals = new ArrayList<>(List.of(400, 401, 403, 404));
        if (write) {
            refusals.addAll(List.of(409, 413, 415, 422));
        }
        refusals.add(429);
        refusals.add(503);
        for (int status : refusals) {
            ApiResponse refusal = new ApiResponse().description(REFUSALS.get(status))
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            if (status == 429 || status == 503) {
                refusal.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again.")
                        .schema(new IntegerSchema()));
            }
            ordered.addApiResponse(Integer.toString(status), refusal);
        }
        operation.responses(ordered);
        if (!write) {
            operation.addParametersItem(new HeaderParameter().name("Ledger-Min-Position").required(false)
                    .description("Optional. Wait (up to five seconds) until the read models have reached this ledger position, "
                            + "e.g. the `Ledger-Position` of your last write; past that the read is refused with 503.")
                    .schema(new IntegerSchema().format("int64").minimum(java.math.BigDecimal.ZERO)));
        }
    }

    private static Schema<?> problemSchema() {
        Schema<Object> error = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field, parameter or body path concerned."))
                .addProperty("code", new StringSchema().description("The rule's code, where the refusal lists several."))
                .addProperty("message", new StringSchema().description("What is wrong, in words."));
        error.required(List.of("message"));
        Schema<Object> problem = new ObjectSchema().description("An RFC 9457 problem with the ledger's stable `code`.")
                .addProperty("type", new StringSchema().format("uri-reference"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("code", new StringSchema().description("Stable and machine-readable, e.g. `UNKNOWN_CONFEDERATION`."))
                .addProperty("errors", new ArraySchema().items(error));
        problem.required(List.of("type", "title", "status", "code"));
        return problem;
    }

    /** The feed's payload is the event's own fields: a free-form object, never a JSON library's node type. */
    private static void freeFormPayload(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null) {
            return;
        }
        schemas.remove("JsonNode");
        Schema<Object> payload = new ObjectSchema().description("The event's fields as recorded (redacted for system partners); "
                + "their names are the event type's, documented in docs/event-model.md.");
        payload.additionalProperties(true);
        schemas.values().forEach(schema -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null) {
                properties.replaceAll((name, property) -> "#/components/schemas/JsonNode".equals(property.get$ref()) ? payload : property);
            }
        });
    }

    /**
     * Java's bean-validation patterns in the ECMA-262 syntax JSON Schema uses: anchored (Java matches
     * the whole value), without {@code (?s)} and {@code \p{Cs}} (lone surrogates, which the service
     * still refuses), so every tool reads them.
     */
    private static void ecmaPatterns(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().values().forEach(schema -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                return;
            }
            properties.values().forEach(OpenApiContract::ecma);
        });
    }

    private static void ecma(Schema<?> property) {
        if (property.getPattern() != null) {
            property.setPattern(ecma(property.getPattern()));
        }
        if (property.getItems() != null && property.getItems().getPattern() != null) {
            property.getItems().setPattern(ecma(property.getItems().getPattern()));
        }
    }

    static String ecma(String java) {
        String pattern = java.replace("(?s)", "").replace("\\p{Cs}", "");
        return (pattern.startsWith("^") ? "" : "^") + pattern + (pattern.endsWith("$") ? "" : "$");
    }
}
