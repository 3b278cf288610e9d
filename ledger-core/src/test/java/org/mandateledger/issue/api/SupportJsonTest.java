package org.mandateledger.issue.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mandateledger.organisation.api.OrganisationCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A position is stored and fed out as JSON (Jackson 3): codes as plain strings, terms with their ids. */
class SupportJsonTest {

    private static final IssueId ISSUE = new IssueId(UUID.fromString("7a1c0e2b-3d4f-4a5b-8c6d-7e8f9a0b1c2d"));
    private static final OrganisationCode ALDERLEY = new OrganisationCode("N81001");
    private static final OrganisationCode BOLLINGTON = new OrganisationCode("N81002");
    private static final OrganisationCode CREWE = new OrganisationCode("N81004");

    private final JsonMapper json = JsonMapper.builder().build();

    private static PositionRecorded hubsOnlyWithFunding() {
        return new PositionRecorded(ISSUE, 1, "Hubs only with recurrent funding",
                List.of(new Term("E1", "No hub without recurrent funding")),
                List.of(new Term("N1", "Hub opening hours"), new Term("N2", "Hub locations")),
                Support.of(Set.of(ALDERLEY), Set.of(BOLLINGTON), Set.of()),
                Instant.parse("2025-06-02T09:00:00Z"));
    }

    @Test
    void support_is_written_as_three_lists_of_plain_codes() {
        JsonNode support = json.readTree(json.writeValueAsString(hubsOnlyWithFunding())).get("support");

        assertThat(support.isObject()).isTrue();
        assertThat(support.propertyNames()).containsExactlyInAnyOrder("supporting", "against", "abstaining");
        assertThat(support.get("supporting").isArray()).isTrue();
        assertThat(support.get("supporting")).hasSize(1);
        assertThat(support.get("supporting").get(0).isString()).isTrue();
        assertThat(support.get("supporting").get(0).asString()).isEqualTo("N81001");
        assertThat(support.get("against").get(0).asString()).isEqualTo("N81002");
        assertThat(support.get("abstaining").isArray()).isTrue();
        assertThat(support.get("abstaining")).isEmpty();
    }

    @Test
    void a_position_text_shows_the_contract_shape() {
        String written = json.writeValueAsString(hubsOnlyWithFunding());

        assertThat(written)
                .contains("\"issue\":\"7a1c0e2b-3d4f-4a5b-8c6d-7e8f9a0b1c2d\"")
                .contains("\"version\":1")
                .contains("\"support\":{\"supporting\":[\"N81001\"],\"against\":[\"N81002\"],\"abstaining\":[]}")
                .contains("\"essentialTerms\":[{\"id\":\"E1\",\"text\":\"No hub without recurrent funding\"}]")
                .contains("\"negotiableTerms\":[{\"id\":\"N1\",\"text\":\"Hub opening hours\"},{\"id\":\"N2\",\"text\":\"Hub locations\"}]")
                .contains("\"agreedAt\":\"2025-06-02T09:00:00Z\"");
    }

    @Test
    void codes_in_a_list_are_written_in_code_order() {
        PositionRecorded event = new PositionRecorded(ISSUE, 2, "statement", List.of(), List.of(),
                Support.of(Set.of(CREWE, ALDERLEY, BOLLINGTON), Set.of(), Set.of()), null);

        assertThat(json.writeValueAsString(event)).contains("\"supporting\":[\"N81001\",\"N81002\",\"N81004\"]");
    }

    @Test
    void a_position_reads_back_equal() {
        PositionRecorded event = hubsOnlyWithFunding();
        assertThat(json.readValue(json.writeValueAsString(event), PositionRecorded.class)).isEqualTo(event);
    }

    @Test
    void a_position_without_terms_support_or_agreement_date_reads_back_equal() {
        PositionRecorded event = new PositionRecorded(ISSUE, 3, "We note the proposal", List.of(), List.of(),
                Support.of(Set.of(), Set.of(), Set.of()), null);
        assertThat(json.readValue(json.writeValueAsString(event), PositionRecorded.class)).isEqualTo(event);
    }

    @Test
    void support_read_back_keeps_the_code_order() {
        String written = "{\"supporting\":[\"N81004\",\"N81001\"],\"against\":[],\"abstaining\":[\"N81002\"]}";
        Support support = json.readValue(written, Support.class);

        assertThat(support.supporting()).containsExactly(ALDERLEY, CREWE);
        assertThat(support.abstaining()).containsExactly(BOLLINGTON);
        assertThat(support).isEqualTo(Support.of(Set.of(CREWE, ALDERLEY), Set.of(), Set.of(BOLLINGTON)));
    }
}
