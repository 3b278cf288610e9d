package org.mandateledger.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandateledger.appointment.api.AppointmentEnded;
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.appointment.api.DelegateAppointed;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Validity;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.confederation.api.ConfederationStanding;
import org.mandateledger.forum.api.ForumScope;
import org.mandateledger.forum.api.SystemLevel;
import org.mandateledger.issue.api.IssueClosed;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.issue.api.IssueRaised;
import org.mandateledger.issue.api.IssueScope;
import org.mandateledger.issue.api.PositionRecorded;
import org.mandateledger.issue.api.Support;
import org.mandateledger.issue.api.Term;
import org.mandateledger.ledger.RecordedStreams;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.person.api.InterestCategory;
import org.mandateledger.ledger.PersonalDataRef;
import org.mandateledger.person.api.InterestDeclared;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.topic.api.TopicDefined;
import org.mandateledger.topic.api.TopicScope;
import org.mandateledger.topic.api.TopicSlug;

/** The facts brief-delegate reads from the event store: each as the latest events leave it. */
class EventStoreBriefingRecordTest {

    private static final ConfederationSlug CONF = new ConfederationSlug("cheshire-east");
    private static final TopicSlug ACCESS = new TopicSlug("access");
    private static final TopicSlug URGENT_CARE = new TopicSlug("urgent-care");
    private static final OrganisationCode ALDERLEY = new OrganisationCode("N81001");
    private static final OrganisationCode BOLLINGTON = new OrganisationCode("N81002");
    private static final PersonId DR_AHMED = new PersonId(UUID.fromString("00000000-0000-4000-8000-00000000000a"));
    private static final AppointmentId APPOINTMENT = new AppointmentId(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    private static final IssueId ISSUE = new IssueId(UUID.fromString("00000000-0000-4000-8000-000000000101"));
    private static final Instant T0 = Instant.parse("2025-06-01T09:00:00Z");
    private static final Instant T1 = Instant.parse("2025-06-02T09:00:00Z");

    private RecordedStreams streams;
    private EventStoreBriefingRecord record;
    /** Which support adopts, and when it was judged: the standing answers for the instant the version was recorded. */
    private Instant adoptionAskedAt;

    @BeforeEach
    void record() {
        streams = new RecordedStreams().now(T1);
        ConfederationStanding standing = new ConfederationStanding() {
            @Override
            public AuthorityLevel authorityOn(ConfederationSlug confederation, TopicSlug topic) {
                return topic.equals(URGENT_CARE) ? AuthorityLevel.NEGOTIATE : AuthorityLevel.OBSERVE;
            }

            @Override
            public boolean adopts(ConfederationSlug confederation, Set<OrganisationCode> supporting, Instant recordedAt) {
                adoptionAskedAt = recordedAt;
                return supporting.contains(ALDERLEY) && supporting.contains(BOLLINGTON);
            }
        };
        record = new EventStoreBriefingRecord(streams.eventStore(), standing);
        streams.at(T0, ACCESS.aggregateId(), new TopicDefined(ACCESS, "Access", null))
                .at(T0, URGENT_CARE.aggregateId(), new TopicDefined(URGENT_CARE, "Urgent care", ACCESS));
    }

    @AfterEach
    void restoreClock() {
        streams.close();
    }

    @Test
    void an_appointment_as_recorded_and_once_ended() {
        streams.at(T0, APPOINTMENT.toString(), new DelegateAppointed(APPOINTMENT, CONF, DR_AHMED, ForumScope.all(), TopicScope.of(ACCESS),
                AuthorityLevel.AGREE, LocalDate.of(2025, 1, 1), null));
        BriefingRecord.AppointmentFacts appointment = record.appointment(APPOINTMENT).orElseThrow();
        assertThat(appointment).isEqualTo(new BriefingRecord.AppointmentFacts(CONF, DR_AHMED, ForumScope.all(), TopicScope.of(ACCESS),
                AuthorityLevel.AGREE, new Validity(LocalDate.of(2025, 1, 1), null), false));
        streams.at(T1, APPOINTMENT.toString(), new AppointmentEnded(APPOINTMENT, "stood down"));
        assertThat(record.appointment(APPOINTMENT).orElseThrow().ended()).isTrue();
        assertThat(record.appointment(new AppointmentId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void an_issue_with_its_current_position_adopted_as_at_its_recording() {
        streams.at(T0, ISSUE.toString(), new IssueRaised(ISSUE, CONF, "Same-day access", URGENT_CARE, SystemLevel.PLACE,
                IssueScope.COLLECTIVE, null, ALDERLEY, null));
        assertThat(record.issue(ISSUE).orElseThrow().position()).isEmpty();
        streams.at(T0, ISSUE.toString(), new PositionRecorded(ISSUE, 1, "first", List.of(new Term("E1", "red")), List.of(),
                        Support.of(Set.of(ALDERLEY), Set.of(), Set.of()), null))
                .at(T1, ISSUE.toString(), new PositionRecorded(ISSUE, 2, "second", List.of(new Term("E1", "red"), new Term("E2", "redder")),
                        List.of(new Term("N1", "amber")), Support.of(Set.of(ALDERLEY, BOLLINGTON), Set.of(), Set.of()), null));
        BriefingRecord.IssueFacts issue = record.issue(ISSUE).orElseThrow();
        assertThat(issue.topic()).isEqualTo(URGENT_CARE);
        assertThat(issue.position()).contains(new BriefingRecord.PositionFacts(2, List.of("E1", "E2"), List.of("N1"), true));
        assertThat(adoptionAskedAt).isEqualTo(T1);
        assertThat(issue.closed()).isFalse();
        streams.at(T1, ISSUE.toString(), new IssueClosed(ISSUE, "settled"));
        assertThat(record.issue(ISSUE).orElseThrow().closed()).isTrue();
    }

    @Test
    void an_interest_on_an_ancestor_topic_covers_the_topic() {
        List<TopicSlug> lineage = record.lineage(URGENT_CARE);
        assertThat(lineage).containsExactly(URGENT_CARE, ACCESS);
        assertThat(record.interestDeclared(DR_AHMED, lineage)).isFalse();
        streams.at(T0, DR_AHMED.toString(), new InterestDeclared(DR_AHMED, UUID.randomUUID(), ACCESS, InterestCategory.FINANCIAL,
                new PersonalDataRef(UUID.randomUUID())));
        assertThat(record.interestDeclared(DR_AHMED, lineage)).isTrue();
        assertThat(record.interestDeclared(DR_AHMED, List.of(new TopicSlug("estates")))).isFalse();
    }

    @Test
    void the_confederations_authority_comes_from_its_standing() {
        assertThat(record.confederationAuthority(CONF, URGENT_CARE)).isEqualTo(AuthorityLevel.NEGOTIATE);
    }
}
