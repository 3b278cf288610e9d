package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.LedgerHttp.body;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a clear 4xx problem+json with a stable code, and records nothing: the event
 * store holds exactly as many events after each refusal as before it.
 */
class BadInputTest extends LedgerServiceTest {

    private static final String CONF = "/api/v1/confederations/bad-input";
    private static final String MANDATES = CONF + "/mandates";

    @BeforeEach
    void aConfederationWithOneMember() {
        http.put("registrar", "/api/v1/organisations/BAD001", body("name", "Bad Input Practice", "kind", "PRACTICE", "registeredPatients", 1000));
        http.put("registrar", "/api/v1/topics/bad-input-topic", body("title", "A topic"));
        var half = body("practices", 0.5, "patients", 0.5);
        http.put("registrar", CONF, body("name", "Bad input", "place", "Nowhere",
                "constitution", body("thresholds", body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half), "adoption", half, "feedbackDueDays", 7)));
        http.put("registrar", CONF + "/members/BAD001", null);
    }

    @Test
    void malformed_json_is_refused_and_records_nothing() {
        refused(() -> http.raw("registrar", "POST", MANDATES, "{\"grantor\": ", "application/json"), 400, "MALFORMED_JSON");
    }

    /** Error texts a client can act on: where the JSON broke, what a value should look like, which parameter is missing; no library internals. */
    @Test
    void error_texts_say_in_plain_words_what_was_expected() {
        String broken = refused(() -> http.raw("registrar", "POST", MANDATES, "{\"grantor\": \"BAD001\",\n \"ceiling\": }", "application/json"),
                400, "MALFORMED_JSON").json().get("detail").asString();
        assertThat(broken).startsWith("the body is not valid JSON at line 2, column").doesNotContain("Source", "REDACTED", "StreamReadFeature", "code 125");
        String unfinished = refused(() -> http.raw("registrar", "POST", MANDATES, "{\"grantor\": ", "application/json"), 400, "MALFORMED_JSON")
                .json().get("detail").asString();
        assertThat(unfinished).startsWith("the body is not valid JSON").contains("end-of-input").doesNotContain("Source", "REDACTED", "marker at");

        var at = refused(() -> http.get("registrar", CONF + "/coverage?topic=bad-topic&at=2026-12-06"), 400, "INVALID_PARAMETER").json();
        assertThat(at.get("detail").asString()).isEqualTo("'2026-12-06' is not a valid at: expected an instant in ISO-8601 form with its offset, "
                + "e.g. 2026-12-06T09:30:00Z");
        assertThat(at.get("errors").get(0).get("field").asString()).isEqualTo("at");

        var missing = refused(() -> http.get("registrar", CONF + "/coverage"), 400, "INVALID_PARAMETER").json();
        assertThat(missing.get("detail").asString()).isEqualTo("the query parameter 'topic' is required");
        assertThat(missing.get("errors").get(0).get("field").asString()).isEqualTo("topic");

        var date = refused(() -> http.post("registrar", MANDATES, grant("BAD001", "AGREE", "6 December 2026")), 400, "INVALID_VALUE").json();
        assertThat(date.get("detail").asString()).isEqualTo("'6 December 2026' is not valid here: expected a date in ISO-8601 form, e.g. 2026-12-06");
        assertThat(date.get("errors").get(0).get("field").asString()).isEqualTo("validFrom");
    }

    @Test
    void an_unknown_enum_value_is_refused_naming_the_field() {
        var answer = refused(() -> http.post("registrar", MANDATES, grant("BAD001", "SUPREME", LocalDate.now().toString())), 400, "INVALID_VALUE");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("ceiling");
    }

    @Test
    void every_value_is_of_the_type_the_contract_gives_it() {
        // Read leniently, these were recorded: "true" as a title, 42 as 12 February 1970, 3 as AGREE, "" as no end date.
        refused(() -> http.put("registrar", "/api/v1/topics/typed", body("title", true)), 400, "INVALID_VALUE");
        refused(() -> http.put("registrar", "/api/v1/topics/typed", body("title", 42)), 400, "INVALID_VALUE");
        var terms = grant("BAD001", "AGREE", LocalDate.now().toString());
        terms.put("terms", 3.5);
        refused(() -> http.post("registrar", MANDATES, terms), 400, "INVALID_VALUE");
        var topics = grant("BAD001", "AGREE", LocalDate.now().toString());
        topics.put("topics", List.of(1));
        refused(() -> http.post("registrar", MANDATES, topics), 400, "INVALID_VALUE");
        for (Object date : List.of(42, 20260101, List.of(2026, 1, 1), "", " " + LocalDate.now(), LocalDate.now() + "T00:00:00")) {
            var grant = grant("BAD001", "AGREE", LocalDate.now().toString());
            grant.put("validFrom", date);
            refused(() -> http.post("registrar", MANDATES, grant), 400, "INVALID_VALUE");
        }
        var open = grant("BAD001", "AGREE", LocalDate.now().toString());
        open.put("validUntil", "");
        refused(() -> http.post("registrar", MANDATES, open), 400, "INVALID_VALUE");
        for (Object ceiling : List.of(3, "3", 0)) {
            refused(() -> http.post("registrar", MANDATES, grant("BAD001", ceiling, LocalDate.now().toString())), 400, "INVALID_VALUE");
        }
        http.put("registrar", "/api/v1/forums/bad-input-forum", body("name", "Forum", "level", "PLACE"));
        for (Object startsAt : List.of(1767225600, 1767225600.5, "1767225600", "", "2026-11-22", "2026-11-22T10:00:00")) {
            refused(() -> http.post("registrar", "/api/v1/meetings", body("forum", "bad-input-forum", "startsAt", startsAt, "title", "Board")),
                    400, "INVALID_VALUE");
        }
        var half = body("practices", 0.5, "patients", 0.5);
        refused(() -> http.put("registrar", CONF, body("constitution", body("thresholds", body("REPRESENT", half, "NEGOTIATE", half, "AGREE", half),
                "adoption", half, "feedbackDueDays", 7.5))), 400, "INVALID_VALUE");
        // The contract's own forms still pass: an instant with an offset, a date.
        assertThat(http.post("registrar", "/api/v1/meetings", body("forum", "bad-input-forum", "startsAt", "2030-11-22T10:00:00+01:00",
                "title", "Board")).status()).isEqualTo(201);
    }

    @Test
    void an_unknown_grantor_is_refused() {
        refused(() -> http.post("registrar", MANDATES, grant("ZZZ999", "AGREE", LocalDate.now().toString())), 422, "GRANTOR_NOT_A_MEMBER");
    }

    @Test
    void an_impossible_date_is_refused() {
        refused(() -> http.post("registrar", MANDATES, grant("BAD001", "AGREE", "2026-02-30")), 400, "INVALID_VALUE");
    }

    @Test
    void an_unknown_field_is_refused() {
        var body = grant("BAD001", "AGREE", LocalDate.now().toString());
        body.put("grantedBy", "someone else");
        refused(() -> http.post("registrar", MANDATES, body), 400, "UNKNOWN_FIELD");
    }

    @Test
    void a_duplicate_key_is_refused() {
        refused(() -> http.raw("registrar", "POST", MANDATES, "{\"grantor\":\"BAD001\",\"grantor\":\"BAD001\",\"topics\":[\"*\"],"
                + "\"ceiling\":\"AGREE\",\"validFrom\":\"" + LocalDate.now() + "\"}", "application/json"), 400, "DUPLICATE_KEY");
    }

    @Test
    void a_malformed_organisation_code_is_refused() {
        refused(() -> http.post("registrar", MANDATES, grant("not a code", "AGREE", LocalDate.now().toString())), 400, "INVALID_REQUEST");
    }

    @Test
    void an_undefined_topic_is_refused() {
        var body = grant("BAD001", "AGREE", LocalDate.now().toString());
        body.put("topics", List.of("no-such-topic"));
        refused(() -> http.post("registrar", MANDATES, body), 422, "UNKNOWN_TOPIC");
    }

    @Test
    void star_must_stand_alone() {
        var body = grant("BAD001", "AGREE", LocalDate.now().toString());
        body.put("topics", List.of("*", "bad-input-topic"));
        refused(() -> http.post("registrar", MANDATES, body), 400, "INVALID_REQUEST");
    }

    @Test
    void a_title_over_200_characters_is_refused() {
        refused(() -> http.put("registrar", "/api/v1/topics/long-title", body("title", "x".repeat(201))), 400, "VALIDATION_FAILED");
    }

    @Test
    void control_characters_are_refused() {
        refused(() -> http.put("registrar", "/api/v1/topics/control", body("title", "bell\u0007")), 400, "VALIDATION_FAILED");
    }

    @Test
    void control_characters_anywhere_c1_among_them_and_unpaired_surrogates_are_refused() {
        // A title's first character, and the C1 controls (U+0080 to U+009F), were let through.
        for (String title : List.of("\u0007bell", "\rcarriage return", "\u000Bvertical tab", "next\u0085line", "\u009Bcsi")) {
            refused(() -> http.put("registrar", "/api/v1/topics/control", body("title", title)), 400, "VALIDATION_FAILED");
        }
        refused(() -> http.raw("registrar", "PUT", "/api/v1/topics/control", "{\"title\":\"half a pair \\ud83d\"}", "application/json"),
                400, "VALIDATION_FAILED");
        var withTerms = grant("BAD001", "AGREE", LocalDate.now().toString());
        withTerms.put("terms", "next\u0085line");
        refused(() -> http.post("registrar", MANDATES, withTerms), 400, "VALIDATION_FAILED");
        refused(() -> http.raw("registrar", "POST", MANDATES, "{\"grantor\":\"BAD001\",\"topics\":[\"*\"],\"ceiling\":\"AGREE\","
                + "\"validFrom\":\"" + LocalDate.now() + "\",\"terms\":\"\\udc00 alone\"}", "application/json"), 400, "VALIDATION_FAILED");
        // Newline and tab stay allowed in texts; a title may still start with them, and hold a whole surrogate pair.
        assertThat(http.put("registrar", "/api/v1/topics/control-allowed", body("title", "\n\tSmile \uD83D\uDE00")).status()).isIn(200, 201);
    }

    @Test
    void a_body_that_is_not_utf8_is_refused_even_where_the_json_parser_would_read_it() {
        // The overlong C0 AF was read as '/' and recorded; an encoded surrogate (ED A0 80) is no UTF-8 either.
        for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, new byte[] {(byte) 0xFF})) {
            var out = new java.io.ByteArrayOutputStream();
            out.writeBytes("{\"title\":\"a".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.writeBytes(bad);
            out.writeBytes("b\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            refused(() -> http.bytes("registrar", "PUT", "/api/v1/topics/not-utf8", out.toByteArray(), "application/json", false),
                    400, "MALFORMED_JSON");
        }
    }

    @Test
    void a_constitution_whose_thresholds_fall_as_the_level_rises_is_refused() {
        var half = body("practices", 0.5, "patients", 0.5);
        var less = body("practices", 0.4, "patients", 0.4);
        refused(() -> http.put("registrar", CONF, body("constitution", body("thresholds", body("REPRESENT", half, "NEGOTIATE", less, "AGREE", half),
                "adoption", half, "feedbackDueDays", 7))), 400, "INVALID_REQUEST");
    }

    @Test
    void a_share_above_one_is_refused() {
        var half = body("practices", 0.5, "patients", 0.5);
        refused(() -> http.put("registrar", CONF, body("constitution", body("thresholds", body("REPRESENT", half, "NEGOTIATE", half,
                "AGREE", body("practices", 1.5, "patients", 0.5)), "adoption", half, "feedbackDueDays", 7))), 400, "INVALID_REQUEST");
    }

    @Test
    void validity_that_ends_before_it_starts_is_refused() {
        var body = grant("BAD001", "AGREE", LocalDate.now().toString());
        body.put("validUntil", LocalDate.now().minusDays(3).toString());
        refused(() -> http.post("registrar", MANDATES, body), 422, "INVALID_VALIDITY");
    }

    @Test
    void a_url_the_server_cannot_decode_is_refused_as_a_problem_too() {
        // Refused by Tomcat before any servlet is reached: it answered with an HTML page.
        byte[] title = "{\"title\":\"A topic\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String path : List.of("/api/v1/topics/%00", "/api/v1/topics/%FF", "/api/v1/topics/a%C3")) {
            refused(() -> http.bytes("registrar", "PUT", path, title, "application/json", false), 400, "BAD_REQUEST");
        }
        refused(() -> http.bytes("registrar", "POST", "/api/v1/mandates/%00/withdrawal", "{\"reason\":\"x\"}".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), "application/json", false), 400, "BAD_REQUEST");
    }

    @Test
    void a_bad_cursor_and_limit_are_refused() {
        refused(() -> http.get("registrar", "/api/v1/organisations?cursor=***"), 400, "INVALID_CURSOR");
        refused(() -> http.get("registrar", "/api/v1/organisations?limit=0"), 400, "INVALID_REQUEST");
        refused(() -> http.get("registrar", "/api/v1/organisations?kind=HOSPITAL"), 400, "INVALID_PARAMETER");
    }

    @Test
    void a_malformed_ods_file_is_refused_naming_its_line_and_records_nothing() {
        var files = CheshireFiles.importFiles();
        String epraccur = new String(files.get("epraccur"), java.nio.charset.StandardCharsets.UTF_8);
        // The third row cut short: everything before it is valid, yet nothing may be recorded.
        String[] lines = epraccur.split("\r?\n");
        lines[2] = lines[2].substring(0, lines[2].indexOf("\",\"", 20));
        files.put("epraccur", String.join("\r\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var answer = refused(() -> http.multipart("registrar", "/api/v1/organisations/import", files), 400, "INVALID_ODS_FILE");
        assertThat(answer.json().get("detail").asString()).contains("epraccur").contains("line 3");
    }

    @Test
    void an_import_without_epraccur_is_refused() {
        var files = CheshireFiles.importFiles();
        files.remove("epraccur");
        refused(() -> http.multipart("registrar", "/api/v1/organisations/import", files), 400, "INVALID_REQUEST");
    }

    @Test
    void a_multipart_body_that_cannot_be_read_is_refused_and_records_nothing() {
        byte[] body = multipart("ledger-bad-input", CheshireFiles.importFiles());
        refused(() -> http.bytes("registrar", "POST", "/api/v1/organisations/import", body, "multipart/form-data", false),
                400, "MALFORMED_MULTIPART");
        byte[] cut = java.util.Arrays.copyOf(body, body.length / 2);
        refused(() -> http.bytes("registrar", "POST", "/api/v1/organisations/import", cut, "multipart/form-data; boundary=ledger-bad-input",
                false), 400, "MALFORMED_MULTIPART");
        refused(() -> http.bytes("registrar", "POST", "/api/v1/organisations/import", cut, "multipart/form-data; boundary=ledger-bad-input",
                true), 400, "MALFORMED_MULTIPART");
    }

    @Test
    void dates_and_instants_outside_the_years_the_ledger_holds_are_refused() {
        http.put("registrar", "/api/v1/forums/bad-input-forum", body("name", "Forum", "level", "PLACE"));
        refused(() -> http.post("registrar", "/api/v1/meetings", body("forum", "bad-input-forum", "startsAt", "+1000000000-06-01T00:00:00Z",
                "title", "Far future")), 400, "INVALID_REQUEST");
        refused(() -> http.post("registrar", MANDATES, grant("BAD001", "AGREE", "+99999-01-01")), 400, "INVALID_REQUEST");
        refused(() -> http.get("registrar", CONF + "/coverage?topic=bad-input-topic&at=%2B1000000000-12-31T23:59:59Z"), 400, "INVALID_REQUEST");
    }

    @Test
    void a_share_with_more_decimals_than_the_ledger_holds_exactly_is_refused() {
        var half = body("practices", 0.5, "patients", 0.5);
        refused(() -> http.put("registrar", CONF, body("constitution", body("thresholds", body("REPRESENT", half, "NEGOTIATE", half,
                "AGREE", body("practices", new java.math.BigDecimal("0.50000000001"), "patients", 0.5)), "adoption", half,
                "feedbackDueDays", 7))), 400, "VALIDATION_FAILED");
    }

    @Test
    void an_ods_name_longer_than_a_title_is_refused_and_records_nothing() {
        var files = CheshireFiles.importFiles();
        String epraccur = new String(files.get("epraccur"), java.nio.charset.StandardCharsets.UTF_8);
        files.put("epraccur", epraccur.replace("\"AUDLEM MEDICAL PRACTICE\"", "\"" + "AUDLEM ".repeat(40) + "\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        refused(() -> http.multipart("registrar", "/api/v1/organisations/import", files), 400, "INVALID_ODS_FILE");
    }

    @Test
    void a_brief_that_names_nothing_recorded_or_says_nothing_is_refused() {
        String unknown = java.util.UUID.randomUUID().toString();
        var item = body("issue", unknown, "authority", "OBSERVE");
        refused(() -> http.post("registrar", "/api/v1/briefs", body("appointment", unknown, "meeting", unknown, "items", List.of(item))),
                422, "UNKNOWN_APPOINTMENT");
        refused(() -> http.post("registrar", "/api/v1/briefs", body("appointment", unknown, "meeting", unknown, "items", List.of())),
                400, "VALIDATION_FAILED");
        refused(() -> http.post("registrar", "/api/v1/briefs", body("appointment", unknown, "meeting", unknown,
                "items", List.of(body("issue", unknown, "authority", "SUPREME")))), 400, "INVALID_VALUE");
        refused(() -> http.post("registrar", "/api/v1/briefs", body("appointment", "not-a-uuid", "meeting", unknown, "items", List.of(item))),
                400, "INVALID_VALUE");
        refused(() -> http.post("registrar", "/api/v1/briefs", body("appointment", unknown, "meeting", unknown, "items",
                List.of(body("issue", unknown, "authority", "OBSERVE", "concede", List.of("N1"))))), 400, "UNKNOWN_FIELD");
        refused(() -> http.get("registrar", "/api/v1/briefs/" + unknown), 404, "UNKNOWN_BRIEF");
        refused(() -> http.get("registrar", "/api/v1/briefs/not-a-uuid"), 400, "INVALID_PARAMETER");
    }

    @Test
    void an_identifier_in_another_spelling_than_its_canonical_one_is_refused() {
        // UUID.fromString reads 1-1-1-1-1 as 00000001-0001-0001-0001-000000000001; the ledger takes the canonical spelling only.
        refused(() -> http.get("registrar", "/api/v1/issues/1-1-1-1-1"), 400, "INVALID_PARAMETER");
        refused(() -> http.post("registrar", "/api/v1/issues/1-1-1-1-1/closure", body("reason", "spelt otherwise")), 400, "INVALID_PARAMETER");
        refused(() -> http.get("registrar", "/api/v1/issues/00000001000100010001000000000001"), 400, "INVALID_PARAMETER");
        refused(() -> http.get("registrar", "/api/v1/issues/00000001-0001-0001-0001-000000000001"), 404, "UNKNOWN_ISSUE");
    }

    /** The import's files as a multipart body with this boundary. */
    private static byte[] multipart(String boundary, java.util.Map<String, byte[]> files) {
        var out = new java.io.ByteArrayOutputStream();
        files.forEach((name, content) -> {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                    + ".csv\"\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private java.util.Map<String, Object> grant(String grantor, Object ceiling, String validFrom) {
        return body("grantor", grantor, "topics", List.of("*"), "ceiling", ceiling, "validFrom", validFrom);
    }

    /** Sends the request and checks it was refused as a problem with that code, recording nothing. */
    private LedgerHttp.Answer refused(Supplier<LedgerHttp.Answer> request, int status, String code) {
        long eventsBefore = eventStore.count();
        LedgerHttp.Answer answer = request.get();
        assertThat(eventStore.count()).as("events recorded by a refused request").isEqualTo(eventsBefore);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).as(answer.toString()).isEqualTo(code);
        assertThat(answer.json().has("type") && answer.json().has("title") && answer.json().has("detail")).isTrue();
        return answer;
    }
}
