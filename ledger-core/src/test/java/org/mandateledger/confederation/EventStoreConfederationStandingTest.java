package org.mandateledger.confederation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Threshold;
import org.mandateledger.confederation.api.ConfederationFormed;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.confederation.api.Constitution;
import org.mandateledger.confederation.api.MandateGranted;
import org.mandateledger.confederation.api.MandateId;
import org.mandateledger.confederation.api.MandateWithdrawn;
import org.mandateledger.confederation.api.MemberAdmitted;
import org.mandateledger.ledger.RecordedStreams;
import org.mandateledger.organisation.api.ListSizeRecorded;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.organisation.api.OrganisationKind;
import org.mandateledger.organisation.api.OrganisationRegistered;
import org.mandateledger.topic.api.TopicDefined;
import org.mandateledger.topic.api.TopicScope;
import org.mandateledger.topic.api.TopicSlug;

/**
 * The confederation's standing read from the event store: authority now and adoption as at an
 * instant, with the same rules the projections use. Four practices (1,000, 1,000, 2,000 and
 * 6,000 patients) and a PCN that carries no weight.
 */
class EventStoreConfederationStandingTest {

    private static final ConfederationSlug CONF = new ConfederationSlug("cheshire-east");
    private static final Threshold HALF = Threshold.of("0.5", "0.5");
    private static final Constitution CONSTITUTION = new Constitution(Map.of(AuthorityLevel.REPRESENT, HALF, AuthorityLevel.NEGOTIATE, HALF,
            AuthorityLevel.AGREE, Threshold.of("0.75", "0.75")), HALF, 7);
    private static final OrganisationCode P1 = new OrganisationCode("N81001");
    private static final OrganisationCode P2 = new OrganisationCode("N81002");
    private static final OrganisationCode P3 = new OrganisationCode("N81003");
    private static final OrganisationCode P4 = new OrganisationCode("N81004");
    private static final OrganisationCode P5 = new OrganisationCode("N81005");
    private static final OrganisationCode PCN = new OrganisationCode("U12345");
    private static final TopicSlug ACCESS = new TopicSlug("access");
    private static final TopicSlug URGENT_CARE = new TopicSlug("urgent-care");
    private static final TopicSlug ESTATES = new TopicSlug("estates");
    private static final Instant T0 = Instant.parse("2025-06-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2025-06-02T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-06-03T09:00:00Z");
    private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
    private static final MandateId P4_EVERY_TOPIC = new MandateId(java.util.UUID.fromString("00000000-0000-4000-8000-000000000004"));

    private RecordedStreams streams;
    private EventStoreConfederationStanding standing;

    @BeforeEach
    void record() {
        streams = new RecordedStreams().now(T1);
        standing = new EventStoreConfederationStanding(streams.eventStore());
        streams.at(T0, ACCESS.aggregateId(), new TopicDefined(ACCESS, "Access", null))
                .at(T0, URGENT_CARE.aggregateId(), new TopicDefined(URGENT_CARE, "Urgent care", ACCESS))
                .at(T0, ESTATES.aggregateId(), new TopicDefined(ESTATES, "Estates", null));
        practice(P1, 1000);
        practice(P2, 1000);
        practice(P3, 2000);
        practice(P4, 6000);
        practice(P5, 20000);
        streams.at(T0, PCN.aggregateId(), new OrganisationRegistered(PCN, "A PCN", OrganisationKind.PCN));
        streams.at(T0, CONF.toString(), new ConfederationFormed(CONF, "Cheshire East", "Cheshire East", CONSTITUTION));
        for (OrganisationCode member : new OrganisationCode[] {P1, P2, P3, P4, PCN}) {
            streams.at(T0, CONF.toString(), new MemberAdmitted(CONF, member));
        }
        grant(P4_EVERY_TOPIC, P4, TopicScope.all(), AuthorityLevel.AGREE, JUNE_1);
        grant(MandateId.next(), P1, TopicScope.of(ACCESS), AuthorityLevel.NEGOTIATE, JUNE_1);
        grant(MandateId.next(), P2, TopicScope.of(URGENT_CARE), AuthorityLevel.AGREE, JUNE_1);
        grant(MandateId.next(), PCN, TopicScope.all(), AuthorityLevel.AGREE, JUNE_1);
    }

    @AfterEach
    void restoreClock() {
        streams.close();
    }

    private void practice(OrganisationCode code, long patients) {
        streams.at(T0, code.aggregateId(), new OrganisationRegistered(code, "Practice " + code.value(), OrganisationKind.PRACTICE))
                .at(T0, code.aggregateId(), new ListSizeRecorded(code, patients, JUNE_1));
    }

    private void grant(MandateId id, OrganisationCode grantor, TopicScope topics, AuthorityLevel ceiling, LocalDate from) {
        streams.at(T0, CONF.toString(), new MandateGranted(CONF, id, grantor, topics, ceiling, from, null, null, null));
    }

    @Test
    void authority_inherits_down_the_topic_tree_and_counts_only_practices() {
        // urgent care: P4 (*) AGREE, P1 (access) NEGOTIATE, P2 (urgent-care) AGREE; P3 none. The PCN's AGREE counts for nothing.
        // NEGOTIATE: 3 of 4 practices, 8,000 of 10,000 patients, met; AGREE: 2 of 4, under 3/4.
        assertThat(standing.authorityOn(CONF, URGENT_CARE)).isEqualTo(AuthorityLevel.NEGOTIATE);
        // estates: only P4, 1 of 4 practices.
        assertThat(standing.authorityOn(CONF, ESTATES)).isEqualTo(AuthorityLevel.OBSERVE);
    }

    @Test
    void a_withdrawal_lowers_authority_at_once() {
        streams.at(T1, CONF.toString(), new MandateWithdrawn(CONF, P4_EVERY_TOPIC, "practice meeting"));
        // P1 and P2: 2 of 4 practices but 2,000 of 10,000 patients.
        assertThat(standing.authorityOn(CONF, URGENT_CARE)).isEqualTo(AuthorityLevel.OBSERVE);
    }

    @Test
    void a_mandate_from_a_day_to_come_does_not_count_yet() {
        grant(MandateId.next(), P3, TopicScope.all(), AuthorityLevel.AGREE, LocalDate.of(2025, 7, 1));
        assertThat(standing.authorityOn(CONF, URGENT_CARE)).isEqualTo(AuthorityLevel.NEGOTIATE);
        streams.now(Instant.parse("2025-07-01T08:00:00Z"));
        // From 1 July P3 backs AGREE too: 3 of 4 practices, 9,000 of 10,000 patients.
        assertThat(standing.authorityOn(CONF, URGENT_CARE)).isEqualTo(AuthorityLevel.AGREE);
    }

    @Test
    void adoption_is_judged_over_the_member_practices_as_they_stood_when_the_position_was_recorded() {
        streams.at(T2, CONF.toString(), new MemberAdmitted(CONF, P5))
                .at(T2, P4.aggregateId(), new ListSizeRecorded(P4, 100, JUNE_1));
        Set<OrganisationCode> p3AndP4 = Set.of(P3, P4);
        // At T1: 2 of 4 practices, 8,000 of 10,000 patients: adopted.
        assertThat(standing.adopts(CONF, p3AndP4, T1)).isTrue();
        // At T2 P5 (20,000) has joined and P4's list has shrunk: 2 of 5 practices.
        assertThat(standing.adopts(CONF, p3AndP4, T2)).isFalse();
        // Support from a PCN or a non-member carries no weight.
        assertThat(standing.adopts(CONF, Set.of(P1, PCN, P5), T1)).isFalse();
    }

    @Test
    void an_unrecorded_confederation_holds_no_authority_and_adopts_nothing() {
        ConfederationSlug unknown = new ConfederationSlug("nowhere");
        assertThat(standing.authorityOn(unknown, URGENT_CARE)).isEqualTo(AuthorityLevel.OBSERVE);
        assertThat(standing.adopts(unknown, Set.of(P1, P2, P3, P4), T1)).isFalse();
    }
}
