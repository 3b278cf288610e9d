package org.mandateledger.meeting;

import static org.mandateledger.ledger.Violations.refusedWith;
import static org.mandateledger.ledger.Violations.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Validity;
import org.mandateledger.brief.BriefingRecord.AppointmentFacts;
import org.mandateledger.brief.BriefingRecord.IssueFacts;
import org.mandateledger.brief.BriefingRecord.PositionFacts;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.forum.api.ForumScope;
import org.mandateledger.forum.api.ForumSlug;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.issue.api.IssueScope;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.meeting.api.AcknowledgeBrief;
import org.mandateledger.meeting.api.BriefAcknowledged;
import org.mandateledger.meeting.api.BriefId;
import org.mandateledger.meeting.api.BriefIssued;
import org.mandateledger.meeting.api.BriefIssued.BriefItem;
import org.mandateledger.meeting.api.BriefVersion;
import org.mandateledger.meeting.api.IssueBrief;
import org.mandateledger.meeting.api.MeetingId;
import org.mandateledger.meeting.api.MeetingScheduled;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.topic.api.TopicScope;
import org.mandateledger.topic.api.TopicSlug;

/**
 * brief-delegate and acknowledgement, one rule at a time: each refusal breaks exactly one rule of
 * the domain and is named after it; one breaks several and shows which code wins.
 */
class BriefDelegateTest {

    private static final MeetingId JUNE_BOARD = new MeetingId(UUID.fromString("3a1b0c2d-0000-4000-8000-000000000001"));
    private static final ForumSlug PLACE_BOARD = new ForumSlug("place-board");
    private static final ForumSlug JOINT_COMMITTEE = new ForumSlug("joint-committee");
    private static final Instant STARTS = Instant.parse("2025-06-12T13:00:00Z");
    private static final Instant BEFORE = Instant.parse("2025-06-10T09:00:00Z");
    private static final ConfederationSlug CHESHIRE_EAST = new ConfederationSlug("cheshire-east");
    private static final ConfederationSlug CHESHIRE_WEST = new ConfederationSlug("cheshire-west");
    private static final TopicSlug ACCESS = new TopicSlug("access");
    private static final TopicSlug URGENT_CARE = new TopicSlug("urgent-care");
    private static final TopicSlug ESTATES = new TopicSlug("estates");
    private static final PersonId DR_AHMED = new PersonId(UUID.fromString("00000000-0000-4000-8000-00000000000a"));
    private static final PersonId DR_BROWN = new PersonId(UUID.fromString("00000000-0000-4000-8000-00000000000b"));
    private static final AppointmentId AHMED = new AppointmentId(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    private static final AppointmentId BROWN = new AppointmentId(UUID.fromString("00000000-0000-4000-8000-0000000000b1"));
    private static final IssueId SAME_DAY_ACCESS = new IssueId(UUID.fromString("00000000-0000-4000-8000-000000000101"));
    private static final IssueId EMERGING = new IssueId(UUID.fromString("00000000-0000-4000-8000-000000000102"));
    private static final IssueId RESERVED = new IssueId(UUID.fromString("00000000-0000-4000-8000-000000000103"));
    private static final IssueId ESTATES_ISSUE = new IssueId(UUID.fromString("00000000-0000-4000-8000-000000000104"));
    private static final BriefId FIRST = new BriefId(UUID.fromString("00000000-0000-4000-8000-0000000b0001"));
    private static final BriefId SECOND = new BriefId(UUID.fromString("00000000-0000-4000-8000-0000000b0002"));
    private static final PositionFacts ADOPTED_V2 = new PositionFacts(2, List.of("E1", "E2"), List.of("N1", "N2"), true);

    private FixtureConfiguration<Meeting> fixture;
    private FakeBriefingRecord record;

    @BeforeEach
    void setUp() {
        record = new FakeBriefingRecord();
        record.parents.put(URGENT_CARE, ACCESS);
        record.appointments.put(AHMED, appointment(DR_AHMED, ForumScope.all(), TopicScope.of(ACCESS), AuthorityLevel.AGREE));
        record.appointments.put(BROWN, appointment(DR_BROWN, ForumScope.all(), TopicScope.all(), AuthorityLevel.AGREE));
        record.issues.put(SAME_DAY_ACCESS, issue(URGENT_CARE, IssueScope.COLLECTIVE, Optional.of(ADOPTED_V2)));
        record.issues.put(EMERGING, issue(URGENT_CARE, IssueScope.COLLECTIVE,
                Optional.of(new PositionFacts(1, List.of("E1"), List.of("N1"), false))));
        record.issues.put(RESERVED, issue(URGENT_CARE, IssueScope.RESERVED, Optional.of(ADOPTED_V2)));
        record.issues.put(ESTATES_ISSUE, issue(ESTATES, IssueScope.COLLECTIVE, Optional.of(ADOPTED_V2)));
        record.authority.put(URGENT_CARE, AuthorityLevel.AGREE);
        record.authority.put(ESTATES, AuthorityLevel.AGREE);

        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource((ExistingAggregates) id -> true);
        fixture.registerInjectableResource(record);
    }

    private static AppointmentFacts appointment(PersonId person, ForumScope forums, TopicScope topics, AuthorityLevel ceiling) {
        return new AppointmentFacts(CHESHIRE_EAST, person, forums, topics, ceiling, new Validity(LocalDate.of(2025, 1, 1), null), false);
    }

    private static IssueFacts issue(TopicSlug topic, IssueScope scope, Optional<PositionFacts> position) {
        return new IssueFacts(CHESHIRE_EAST, topic, scope, false, position);
    }

    private static MeetingScheduled scheduled() {
        return new MeetingScheduled(JUNE_BOARD, PLACE_BOARD, STARTS, "June board");
    }

    private static IssueBrief brief(BriefId id, AppointmentId appointment, IssueBrief.Item... items) {
        return new IssueBrief(JUNE_BOARD, id, appointment, List.of(items));
    }

    private static IssueBrief.Item item(IssueId issue, AuthorityLevel authority) {
        return new IssueBrief.Item(issue, authority, null, List.of(), null);
    }

    private static BriefItem granted(IssueId issue, AuthorityLevel authority, List<String> mayConcede, List<String> mustNotConcede,
                                     boolean interest) {
        return new BriefItem(issue, URGENT_CARE, authority, 2, mayConcede, mustNotConcede, List.of(), null, interest);
    }

    private TestExecutor<Meeting> beforeTheMeeting(Object... given) {
        List<Object> events = new java.util.ArrayList<>();
        events.add(scheduled());
        events.addAll(List.of(given));
        return fixture.givenCurrentTime(BEFORE).andGiven(events);
    }

    private static BriefIssued issued(BriefId id, int version, AppointmentId appointment, PersonId delegate, BriefItem... items) {
        return new BriefIssued(JUNE_BOARD, id, version, appointment, delegate, CHESHIRE_EAST, List.of(items));
    }

    @Nested
    class Issuing {

        @Test
        void a_brief_within_every_rule_is_issued_as_version_one_with_every_negotiable_term_concedable() {
            beforeTheMeeting()
                    .when(new IssueBrief(JUNE_BOARD, FIRST, AHMED, List.of(new IssueBrief.Item(SAME_DAY_ACCESS, AuthorityLevel.NEGOTIATE, null,
                            List.of("funding beyond 2026"), "open with the access data"))))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(new BriefVersion(FIRST, 1))
                    .expectEvents(new BriefIssued(JUNE_BOARD, FIRST, 1, AHMED, DR_AHMED, CHESHIRE_EAST, List.of(new BriefItem(SAME_DAY_ACCESS,
                            URGENT_CARE, AuthorityLevel.NEGOTIATE, 2, List.of("N1", "N2"), List.of("E1", "E2"),
                            List.of("funding beyond 2026"), "open with the access data", false))));
        }

        @Test
        void a_second_brief_for_the_same_appointment_is_its_next_version_under_the_same_id() {
            beforeTheMeeting(issued(FIRST, 1, AHMED, DR_AHMED, granted(SAME_DAY_ACCESS, AuthorityLevel.NEGOTIATE, List.of("N1", "N2"),
                    List.of("E1", "E2"), false)))
                    .when(brief(SECOND, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.REPRESENT)))
                    .expectResultMessagePayload(new BriefVersion(FIRST, 2))
                    .expectEvents(issued(FIRST, 2, AHMED, DR_AHMED, granted(SAME_DAY_ACCESS, AuthorityLevel.REPRESENT, List.of(),
                            List.of("E1", "E2", "N1", "N2"), false)));
        }

        @Test
        void an_observer_needs_no_adopted_position() {
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(EMERGING, AuthorityLevel.OBSERVE)))
                    .expectEvents(issued(FIRST, 1, AHMED, DR_AHMED, new BriefItem(EMERGING, URGENT_CARE, AuthorityLevel.OBSERVE, 1, List.of(),
                            List.of("E1", "N1"), List.of(), null, false)));
        }

        @Test
        void an_appointment_for_an_ancestor_topic_covers_the_issue() {
            // Dr Ahmed is appointed for access; the issue is on urgent care, beneath it.
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.AGREE)))
                    .expectSuccessfulHandlerExecution();
        }
    }

    /** One rule broken per test, named after the rule; everything else within bounds. */
    @Nested
    class Refusals {

        @Test
        void meeting_started() {
            fixture.givenCurrentTime(STARTS).andGiven(scheduled())
                    .when(brief(FIRST, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.NEGOTIATE)))
                    .expectException(refusedWith("MEETING_STARTED"))
                    .expectNoEvents();
        }

        @Test
        void forum_not_in_appointment() {
            record.appointments.put(AHMED, appointment(DR_AHMED, ForumScope.parse(List.of(JOINT_COMMITTEE.value())), TopicScope.of(ACCESS),
                    AuthorityLevel.AGREE));
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.NEGOTIATE)))
                    .expectException(refusedWith("FORUM_NOT_IN_APPOINTMENT"))
                    .expectNoEvents();
        }

        @Test
        void topic_not_in_appointment() {
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(ESTATES_ISSUE, AuthorityLevel.NEGOTIATE)))
                    .expectException(refusedWith("TOPIC_NOT_IN_APPOINTMENT"))
                    .expectNoEvents();
        }

        @Test
        void position_not_adopted() {
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(EMERGING, AuthorityLevel.REPRESENT)))
                    .expectException(refusedWith("POSITION_NOT_ADOPTED"))
                    .expectNoEvents();
        }

        @Test
        void position_not_adopted_when_the_issue_has_none() {
            record.issues.put(EMERGING, issue(URGENT_CARE, IssueScope.COLLECTIVE, Optional.empty()));
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(EMERGING, AuthorityLevel.REPRESENT)))
                    .expectException(refusedWith("POSITION_NOT_ADOPTED"))
                    .expectNoEvents();
        }

        @Test
        void reserved_issue() {
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(RESERVED, AuthorityLevel.NEGOTIATE)))
                    .expectException(refusedWith("RESERVED_ISSUE"))
                    .expectNoEvents();
        }

        @Test
        void reserved_issue_allows_represent() {
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(RESERVED, AuthorityLevel.REPRESENT)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void authority_above_appointment() {
            record.appointments.put(AHMED, appointment(DR_AHMED, ForumScope.all(), TopicScope.of(ACCESS), AuthorityLevel.REPRESENT));
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.NEGOTIATE)))
                    .expectException(refusedWith("AUTHORITY_ABOVE_APPOINTMENT"))
                    .expectNoEvents();
        }

        @Test
        void authority_above_confederation() {
            record.authority.put(URGENT_CARE, AuthorityLevel.REPRESENT);
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.NEGOTIATE)))
                    .expectException(refusedWith("AUTHORITY_ABOVE_CONFEDERATION"))
                    .expectNoEvents();
        }

        @Test
        void interest_declared_refuses_the_only_delegate_above_observe() {
            record.declare(DR_AHMED, ACCESS);
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.REPRESENT)))
                    .expectException(refusedWith("INTEREST_DECLARED"))
                    .expectNoEvents();
        }

        @Test
        void several_rules_broken_the_first_in_the_contracts_order_is_the_code_and_all_are_listed() {
            record.appointments.put(AHMED, appointment(DR_AHMED, ForumScope.parse(List.of(JOINT_COMMITTEE.value())), TopicScope.of(ACCESS),
                    AuthorityLevel.REPRESENT));
            record.authority.put(URGENT_CARE, AuthorityLevel.OBSERVE);
            record.declare(DR_AHMED, URGENT_CARE);
            fixture.givenCurrentTime(STARTS).andGiven(scheduled())
                    .when(brief(FIRST, AHMED, item(RESERVED, AuthorityLevel.AGREE), item(EMERGING, AuthorityLevel.NEGOTIATE)))
                    .expectException(refusedWith("MEETING_STARTED", "FORUM_NOT_IN_APPOINTMENT", "POSITION_NOT_ADOPTED", "RESERVED_ISSUE",
                            "AUTHORITY_ABOVE_APPOINTMENT", "AUTHORITY_ABOVE_CONFEDERATION", "INTEREST_DECLARED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class InterestDeclared {

        @Test
        void a_delegate_with_an_interest_may_observe_alone() {
            record.declare(DR_AHMED, ACCESS);
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.OBSERVE)))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void a_delegate_with_an_interest_is_briefed_beside_another_above_observe() {
            record.declare(DR_AHMED, ACCESS);
            beforeTheMeeting(issued(SECOND, 1, BROWN, DR_BROWN, granted(SAME_DAY_ACCESS, AuthorityLevel.REPRESENT, List.of(),
                    List.of("E1", "E2", "N1", "N2"), false)))
                    .when(brief(FIRST, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.NEGOTIATE)))
                    .expectEvents(issued(FIRST, 1, AHMED, DR_AHMED, granted(SAME_DAY_ACCESS, AuthorityLevel.NEGOTIATE, List.of("N1", "N2"),
                            List.of("E1", "E2"), true)));
        }

        @Test
        void the_other_delegate_may_not_then_step_down_and_leave_the_interested_one_alone() {
            beforeTheMeeting(
                    issued(SECOND, 1, BROWN, DR_BROWN, granted(SAME_DAY_ACCESS, AuthorityLevel.REPRESENT, List.of(),
                            List.of("E1", "E2", "N1", "N2"), false)),
                    issued(FIRST, 1, AHMED, DR_AHMED, granted(SAME_DAY_ACCESS, AuthorityLevel.NEGOTIATE, List.of("N1", "N2"),
                            List.of("E1", "E2"), true)))
                    .when(brief(BriefId.next(), BROWN, item(SAME_DAY_ACCESS, AuthorityLevel.OBSERVE)))
                    .expectException(refusedWith("INTEREST_DECLARED"))
                    .expectNoEvents();
        }

        @Test
        void an_item_refused_for_its_terms_is_not_read_as_stepping_down() {
            beforeTheMeeting(
                    issued(SECOND, 1, BROWN, DR_BROWN, granted(SAME_DAY_ACCESS, AuthorityLevel.REPRESENT, List.of(),
                            List.of("E1", "E2", "N1", "N2"), false)),
                    issued(FIRST, 1, AHMED, DR_AHMED, granted(SAME_DAY_ACCESS, AuthorityLevel.NEGOTIATE, List.of("N1", "N2"),
                            List.of("E1", "E2"), true)))
                    .when(brief(BriefId.next(), BROWN, new IssueBrief.Item(SAME_DAY_ACCESS, AuthorityLevel.NEGOTIATE, List.of("E1"), List.of(),
                            null)))
                    .expectException(refusedWith("TERM_NOT_NEGOTIABLE"))
                    .expectNoEvents();
        }

        @Test
        void a_new_version_of_the_same_persons_brief_does_not_count_as_another_delegate() {
            record.declare(DR_AHMED, ACCESS);
            beforeTheMeeting(issued(FIRST, 1, AHMED, DR_AHMED, granted(SAME_DAY_ACCESS, AuthorityLevel.OBSERVE, List.of(),
                    List.of("E1", "E2", "N1", "N2"), true)))
                    .when(brief(SECOND, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.REPRESENT)))
                    .expectException(refusedWith("INTEREST_DECLARED"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Concessions {

        @Test
        void terms_left_out_of_may_concede_must_not_be_conceded() {
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, new IssueBrief.Item(SAME_DAY_ACCESS, AuthorityLevel.AGREE, List.of("N2"), List.of(), null)))
                    .expectEvents(issued(FIRST, 1, AHMED, DR_AHMED, granted(SAME_DAY_ACCESS, AuthorityLevel.AGREE, List.of("N2"),
                            List.of("E1", "E2", "N1"), false)));
        }

        @Test
        void term_not_negotiable_when_an_essential_or_unknown_term_is_offered() {
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, new IssueBrief.Item(SAME_DAY_ACCESS, AuthorityLevel.AGREE, List.of("N1", "E1", "N9"), List.of(),
                            null)))
                    .expectException(refusedWith("TERM_NOT_NEGOTIABLE"))
                    .expectNoEvents();
        }

        @Test
        void concession_needs_negotiate() {
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, new IssueBrief.Item(SAME_DAY_ACCESS, AuthorityLevel.REPRESENT, List.of("N1"), List.of(), null)))
                    .expectException(refusedWith("CONCESSION_NEEDS_NEGOTIATE"))
                    .expectNoEvents();
        }
    }

    /** What a brief must name before any rule of the contract but {@code MEETING_STARTED} is weighed. */
    @Nested
    class References {

        @Test
        void a_started_meeting_comes_first_and_what_the_brief_names_is_listed_after_it() {
            record.issues.put(SAME_DAY_ACCESS, new IssueFacts(CHESHIRE_EAST, URGENT_CARE, IssueScope.COLLECTIVE, true, Optional.of(ADOPTED_V2)));
            fixture.givenCurrentTime(STARTS).andGiven(scheduled())
                    .when(brief(FIRST, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.OBSERVE), item(EMERGING, AuthorityLevel.REPRESENT)))
                    .expectException(refusedWith("MEETING_STARTED", "ISSUE_CLOSED", "POSITION_NOT_ADOPTED"))
                    .expectNoEvents();
        }

        @Test
        void an_unknown_appointment_at_a_started_meeting() {
            fixture.givenCurrentTime(STARTS).andGiven(scheduled())
                    .when(brief(FIRST, new AppointmentId(UUID.randomUUID()), item(SAME_DAY_ACCESS, AuthorityLevel.OBSERVE)))
                    .expectException(refusedWith("MEETING_STARTED", "UNKNOWN_APPOINTMENT"))
                    .expectNoEvents();
        }

        @Test
        void unknown_appointment() {
            beforeTheMeeting()
                    .when(brief(FIRST, new AppointmentId(UUID.randomUUID()), item(SAME_DAY_ACCESS, AuthorityLevel.OBSERVE)))
                    .expectException(violation("UNKNOWN_APPOINTMENT"))
                    .expectNoEvents();
        }

        @Test
        void appointment_not_in_force_once_ended() {
            AppointmentFacts a = record.appointments.get(AHMED);
            record.appointments.put(AHMED, new AppointmentFacts(a.confederation(), a.person(), a.forums(), a.topics(), a.ceiling(), a.validity(),
                    true));
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.OBSERVE)))
                    .expectException(violation("APPOINTMENT_NOT_IN_FORCE"))
                    .expectNoEvents();
        }

        @Test
        void appointment_not_in_force_on_the_meetings_day() {
            AppointmentFacts a = record.appointments.get(AHMED);
            record.appointments.put(AHMED, new AppointmentFacts(a.confederation(), a.person(), a.forums(), a.topics(), a.ceiling(),
                    new Validity(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 11)), false));
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.OBSERVE)))
                    .expectException(violation("APPOINTMENT_NOT_IN_FORCE"))
                    .expectNoEvents();
        }

        @Test
        void unknown_issue() {
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(new IssueId(UUID.randomUUID()), AuthorityLevel.OBSERVE)))
                    .expectException(violation("UNKNOWN_ISSUE"))
                    .expectNoEvents();
        }

        @Test
        void issue_outside_confederation() {
            record.issues.put(ESTATES_ISSUE, new IssueFacts(CHESHIRE_WEST, URGENT_CARE, IssueScope.COLLECTIVE, false, Optional.of(ADOPTED_V2)));
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(ESTATES_ISSUE, AuthorityLevel.OBSERVE)))
                    .expectException(violation("ISSUE_OUTSIDE_CONFEDERATION"))
                    .expectNoEvents();
        }

        @Test
        void issue_closed() {
            record.issues.put(SAME_DAY_ACCESS, new IssueFacts(CHESHIRE_EAST, URGENT_CARE, IssueScope.COLLECTIVE, true, Optional.of(ADOPTED_V2)));
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.OBSERVE)))
                    .expectException(violation("ISSUE_CLOSED"))
                    .expectNoEvents();
        }

        @Test
        void duplicate_item() {
            beforeTheMeeting()
                    .when(brief(FIRST, AHMED, item(SAME_DAY_ACCESS, AuthorityLevel.OBSERVE), item(SAME_DAY_ACCESS, AuthorityLevel.REPRESENT)))
                    .expectException(violation("DUPLICATE_ITEM"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Acknowledgement {

        private final BriefIssued version1 = issued(FIRST, 1, AHMED, DR_AHMED, granted(SAME_DAY_ACCESS, AuthorityLevel.NEGOTIATE,
                List.of("N1", "N2"), List.of("E1", "E2"), false));

        @Test
        void the_briefed_delegate_acknowledges_the_current_version() {
            beforeTheMeeting(version1, issued(FIRST, 2, AHMED, DR_AHMED, granted(SAME_DAY_ACCESS, AuthorityLevel.REPRESENT, List.of(),
                    List.of("E1", "E2", "N1", "N2"), false)))
                    .when(new AcknowledgeBrief(JUNE_BOARD, FIRST, DR_AHMED))
                    .expectEvents(new BriefAcknowledged(JUNE_BOARD, FIRST, 2, DR_AHMED));
        }

        @Test
        void nobody_else_acknowledges_it() {
            beforeTheMeeting(version1)
                    .when(new AcknowledgeBrief(JUNE_BOARD, FIRST, DR_BROWN))
                    .expectException(violation("UNKNOWN_BRIEF"))
                    .expectNoEvents();
        }

        @Test
        void acknowledging_twice_is_a_conflict() {
            beforeTheMeeting(version1, new BriefAcknowledged(JUNE_BOARD, FIRST, 1, DR_AHMED))
                    .when(new AcknowledgeBrief(JUNE_BOARD, FIRST, DR_AHMED))
                    .expectException(violation("BRIEF_ALREADY_ACKNOWLEDGED"))
                    .expectNoEvents();
        }

        @Test
        void a_new_version_is_acknowledged_afresh() {
            beforeTheMeeting(version1, new BriefAcknowledged(JUNE_BOARD, FIRST, 1, DR_AHMED),
                    issued(FIRST, 2, AHMED, DR_AHMED, granted(SAME_DAY_ACCESS, AuthorityLevel.REPRESENT, List.of(),
                            List.of("E1", "E2", "N1", "N2"), false)))
                    .when(new AcknowledgeBrief(JUNE_BOARD, FIRST, DR_AHMED))
                    .expectEvents(new BriefAcknowledged(JUNE_BOARD, FIRST, 2, DR_AHMED));
        }
    }
}
