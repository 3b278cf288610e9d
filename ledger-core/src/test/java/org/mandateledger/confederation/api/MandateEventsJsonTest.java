package org.mandateledger.confederation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Threshold;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicScope;
import org.mandateledger.topic.api.TopicSlug;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The confederation's events are stored and fed out as JSON (Jackson 3): identifiers are written as plain values. */
class MandateEventsJsonTest {

    private static final ConfederationSlug CHESHIRE_EAST = new ConfederationSlug("cheshire-east");
    private static final MandateId MANDATE = new MandateId(UUID.fromString("5f0c6a2e-8d1b-4c3e-9a7f-0b1c2d3e4f50"));
    private static final MandateId NEWER = new MandateId(UUID.fromString("5f0c6a2e-8d1b-4c3e-9a7f-0b1c2d3e4f51"));

    private final JsonMapper json = JsonMapper.builder().build();

    private static MandateGranted alderleyOnAccess() {
        return new MandateGranted(CHESHIRE_EAST, MANDATE, new OrganisationCode("N81001"),
                TopicScope.of(new TopicSlug("access")), AuthorityLevel.AGREE,
                LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), "agreement in principle", "minute 2025/14");
    }

    @Test
    void a_grant_is_written_with_plain_values() {
        JsonNode written = json.readTree(json.writeValueAsString(alderleyOnAccess()));

        assertThat(written.get("confederation").isString()).isTrue();
        assertThat(written.get("confederation").asString()).isEqualTo("cheshire-east");
        assertThat(written.get("mandate").asString()).isEqualTo("5f0c6a2e-8d1b-4c3e-9a7f-0b1c2d3e4f50");
        assertThat(written.get("grantor").isString()).isTrue();
        assertThat(written.get("grantor").asString()).isEqualTo("N81001");
        assertThat(written.get("topics").isArray()).isTrue();
        assertThat(written.get("topics")).hasSize(1);
        assertThat(written.get("topics").get(0).asString()).isEqualTo("access");
        assertThat(written.get("ceiling").asString()).isEqualTo("AGREE");
        assertThat(written.get("validFrom").asString()).isEqualTo("2025-04-01");
        assertThat(written.get("validUntil").asString()).isEqualTo("2026-03-31");
    }

    @Test
    void a_grant_text_shows_the_contract_shape() {
        String written = json.writeValueAsString(alderleyOnAccess());
        assertThat(written)
                .contains("\"grantor\":\"N81001\"")
                .contains("\"topics\":[\"access\"]")
                .contains("\"confederation\":\"cheshire-east\"");
    }

    @Test
    void a_grant_reads_back_equal() {
        MandateGranted event = alderleyOnAccess();
        assertThat(json.readValue(json.writeValueAsString(event), MandateGranted.class)).isEqualTo(event);
    }

    @Test
    void an_open_ended_grant_for_every_topic_reads_back_equal() {
        MandateGranted event = new MandateGranted(CHESHIRE_EAST, MANDATE, new OrganisationCode("LMC-CHESHIRE"),
                TopicScope.all(), AuthorityLevel.REPRESENT, LocalDate.of(2025, 4, 1), null, null, null);
        String written = json.writeValueAsString(event);

        assertThat(written).contains("\"topics\":[\"*\"]");
        assertThat(json.readValue(written, MandateGranted.class)).isEqualTo(event);
    }

    @Test
    void supersession_and_withdrawal_read_back_equal() {
        MandateSuperseded superseded = new MandateSuperseded(CHESHIRE_EAST, MANDATE, NEWER, LocalDate.of(2025, 7, 1));
        MandateWithdrawn withdrawn = new MandateWithdrawn(CHESHIRE_EAST, NEWER, "practice meeting revoked it");

        assertThat(json.writeValueAsString(superseded))
                .contains("\"supersededBy\":\"5f0c6a2e-8d1b-4c3e-9a7f-0b1c2d3e4f51\"");
        assertThat(json.readValue(json.writeValueAsString(superseded), MandateSuperseded.class)).isEqualTo(superseded);
        assertThat(json.readValue(json.writeValueAsString(withdrawn), MandateWithdrawn.class)).isEqualTo(withdrawn);
    }

    @Test
    void a_constitution_reads_back_equal() {
        Constitution constitution = new Constitution(Map.of(
                AuthorityLevel.REPRESENT, Threshold.of("0.5", "0.5"),
                AuthorityLevel.NEGOTIATE, Threshold.of("0.5", "0.5"),
                AuthorityLevel.AGREE, Threshold.of("0.6666", "0.6666")),
                Threshold.of("0.5", "0.5"), 7);
        ConfederationFormed formed = new ConfederationFormed(CHESHIRE_EAST, "Cheshire East GP Confederation", "Cheshire East", constitution);

        assertThat(json.readValue(json.writeValueAsString(formed), ConfederationFormed.class)).isEqualTo(formed);
    }
}
