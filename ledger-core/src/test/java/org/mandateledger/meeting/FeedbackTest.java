package org.mandateledger.meeting;

import static org.mandateledger.ledger.Violations.refusedWith;
import static org.mandateledger.ledger.Violations.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.audit.api.FindingType;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.forum.api.ForumSlug;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.meeting.api.ActionCompleted;
import org.mandateledger.meeting.api.ActionId;
import org.mandateledger.meeting.api.BriefId;
import org.mandateledger.meeting.api.BriefIssued;
import org.mandateledger.meeting.api.BriefIssued.BriefItem;
import org.mandateledger.meeting.api.CompleteAction;
import org.mandateledger.meeting.api.Decision;
import org.mandateledger.meeting.api.FeedBack;
import org.mandateledger.meeting.api.FeedbackRecorded;
import org.mandateledger.meeting.api.FeedbackRecorded.Finding;
import org.mandateledger.meeting.api.MeetingId;
import org.mandateledger.meeting.api.MeetingScheduled;
import org.mandateledger.meeting.api.Outcome;
import org.mandateledger.meeting.api.OutcomeRatified;
import org.mandateledger.meeting.api.RatifyOutcome;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.topic.api.TopicSlug;

/**
 * feed-back, ratification and actions: each finding the check raises, named after its rule, and
 * each refusal. A brief of three items: access at NEGOTIATE (may concede N2; must not E1, E2, N1),
 * estates at REPRESENT, workforce at AGREE (may concede N1, N2).
 */
class FeedbackTest {

    private static final MeetingId BOARD = new MeetingId(UUID.fromString("3a1b0c2d-0000-4000-8000-000000000001"));
    private static final Instant STARTS = Instant.parse("2025-06-12T13:00:00Z");
    private static final Instant AFTER = Instant.parse("2025-06-12T16:00:00Z");
    private static final ConfederationSlug CHESHIRE_EAST = new ConfederationSlug("cheshire-east");
    private static final PersonId DR_AHMED = new PersonId(UUID.fromString("00000000-0000-4000-8000-00000000000a"));
    private static final PersonId DR_BROWN = new PersonId(UUID.fromString("00000000-0000-4000-8000-00000000000b"));
    private static final AppointmentId APPOINTMENT = new AppointmentId(UUID.fromString("00000000-0000-4000-8000-0000000000a1"));
    private static final BriefId BRIEF = new BriefId(UUID.fromString("00000000-0000-4000-8000-0000000b0001"));
    private static final TopicSlug ACCESS = new TopicSlug("access");
    private static final TopicSlug ESTATES = new TopicSlug("estates");
    private static final TopicSlug WORKFORCE = new TopicSlug("workforce");
    private static final IssueId SAME_DAY = new IssueId(UUID.fromString("00000000-0000-4000-8000-000000000101"));
    private static final IssueId PREMISES = new IssueId(UUID.fromString("00000000-0000-4000-8000-000000000102"));
    private static final IssueId ROLES = new IssueId(UUID.fromString("00000000-0000-4000-8000-000000000103"));
    private static final IssueId NOT_BRIEFED = new IssueId(UUID.fromString("00000000-0000-4000-8000-000000000104"));
    private static final OrganisationCode ALDERLEY = new OrganisationCode("N81001");
    private static final OrganisationCode UNREGISTERED = new OrganisationCode("ZZ9999");
    private static final ActionId ACTION = new ActionId(UUID.fromString("00000000-0000-4000-8000-00000000ac01"));

    private static final BriefIssued BRIEFED = new BriefIssued(BOARD, BRIEF, 1, APPOINTMENT, DR_AHMED, CHESHIRE_EAST, List.of(
            new BriefItem(SAME_DAY, ACCESS, AuthorityLevel.NEGOTIATE, 2, List.of("N2"), List.of("E1", "E2", "N1"), List.of(), null, false),
            new BriefItem(PREMISES, ESTATES, AuthorityLevel.REPRESENT, 1, List.of(), List.of("E1", "N1"), List.of(), null, false),
            new BriefItem(ROLES, WORKFORCE, AuthorityLevel.AGREE, 3, List.of("N1", "N2"), List.of("E1"), List.of(), null, false)));

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        Set<String> recorded = Set.of(ALDERLEY.aggregateId(), ACCESS.aggregateId(), ESTATES.aggregateId(), WORKFORCE.aggregateId());
        fixture.registerInjectableResource((ExistingAggregates) recorded::contains);
    }

    private TestExecutor<Meeting> at(Instant now, Object... more) {
        List<Object> given = new ArrayList<>(List.of(new MeetingScheduled(BOARD, new ForumSlug("place-board"), STARTS, "June board"), BRIEFED));
        given.addAll(List.of(more));
        return fixture.givenCurrentTime(now).andGiven(given);
    }

    private static FeedBack feedback(List<FeedBack.ItemOutcome> items, List<FeedBack.Unbriefed> unbriefed, List<FeedBack.Action> actions) {
        return new FeedBack(BOARD, BRIEF, DR_AHMED, items, unbriefed, actions);
    }

    /** The outcomes given, then every other item of the brief NOTED: feedback reports on every item. */
    private static List<FeedBack.ItemOutcome> reporting(FeedBack.ItemOutcome... given) {
        List<FeedBack.ItemOutcome> items = new ArrayList<>(List.of(given));
        for (IssueId issue : List.of(SAME_DAY, PREMISES, ROLES)) {
            if (items.stream().noneMatch(o -> o.issue().equals(issue))) {
                items.add(outcome(issue, Outcome.NOTED));
            }
        }
        return items;
    }

    private static FeedBack.ItemOutcome outcome(IssueId issue, Outcome outcome, String... conceded) {
        return new FeedBack.ItemOutcome(issue, outcome, "what happened", List.of(conceded), List.of());
    }

    private static FeedbackRecorded recorded(FeedBack feedback, Finding... findings) {
        return new FeedbackRecorded(BOARD, BRIEF, 1, DR_AHMED, CHESHIRE_EAST, feedback.items(), feedback.unbriefed(), feedback.actions(),
                List.of(findings));
    }

    @Nested
    class Findings {

        @Test
        void feedback_within_the_brief_raises_nothing() {
            FeedBack within = feedback(reporting(outcome(SAME_DAY, Outcome.NOT_AGREED, "N2"), outcome(PREMISES, Outcome.NOTED),
                    outcome(ROLES, Outcome.AGREED, "N1", "N2")), List.of(), List.of());
            at(AFTER).when(within)
                    .expectResultMessagePayload(List.of())
                    .expectEvents(recorded(within));
        }

        @Test
        void red_line_breach() {
            FeedBack breach = feedback(reporting(outcome(SAME_DAY, Outcome.NOT_AGREED, "N2", "E1", "N1")), List.of(), List.of());
            at(AFTER).when(breach)
                    .expectEvents(recorded(breach, new Finding(FindingType.RED_LINE_BREACH, SAME_DAY, ACCESS, List.of("E1", "N1"))));
        }

        @Test
        void authority_exceeded() {
            FeedBack exceeded = feedback(reporting(outcome(PREMISES, Outcome.AGREED)), List.of(), List.of());
            at(AFTER).when(exceeded)
                    .expectEvents(recorded(exceeded, new Finding(FindingType.AUTHORITY_EXCEEDED, PREMISES, ESTATES, List.of())));
        }

        @Test
        void awaiting_ratification() {
            FeedBack agreed = feedback(reporting(outcome(SAME_DAY, Outcome.AGREED, "N2")), List.of(), List.of());
            at(AFTER).when(agreed)
                    .expectResultMessagePayload(List.of(new Finding(FindingType.AWAITING_RATIFICATION, SAME_DAY, ACCESS, List.of())))
                    .expectEvents(recorded(agreed, new Finding(FindingType.AWAITING_RATIFICATION, SAME_DAY, ACCESS, List.of())));
        }

        @Test
        void unbriefed() {
            FeedBack spoke = feedback(reporting(), List.of(new FeedBack.Unbriefed(WORKFORCE, "asked about ARRS roles")), List.of());
            at(AFTER).when(spoke)
                    .expectEvents(recorded(spoke, new Finding(FindingType.UNBRIEFED, null, WORKFORCE, List.of())));
        }

        @Test
        void several_findings_on_one_item_in_the_order_of_the_rules() {
            FeedBack both = feedback(reporting(outcome(SAME_DAY, Outcome.AGREED, "E2")), List.of(), List.of());
            at(AFTER).when(both)
                    .expectEvents(recorded(both, new Finding(FindingType.RED_LINE_BREACH, SAME_DAY, ACCESS, List.of("E2")),
                            new Finding(FindingType.AWAITING_RATIFICATION, SAME_DAY, ACCESS, List.of())));
        }
    }

    @Nested
    class Refusals {

        @Test
        void meeting_not_started() {
            at(STARTS.minusSeconds(1)).when(feedback(List.of(outcome(SAME_DAY, Outcome.NOTED)), List.of(), List.of()))
                    .expectException(violation("MEETING_NOT_STARTED"))
                    .expectNoEvents();
        }

        @Test
        void only_the_briefed_delegate_feeds_back() {
            at(AFTER).when(new FeedBack(BOARD, BRIEF, DR_BROWN, List.of(), List.of(), List.of()))
                    .expectException(violation("UNKNOWN_BRIEF"))
                    .expectNoEvents();
        }

        @Test
        void feedback_already_recorded() {
            FeedBack first = feedback(reporting(outcome(PREMISES, Outcome.NOTED)), List.of(), List.of());
            at(AFTER, recorded(first)).when(first)
                    .expectException(violation("FEEDBACK_ALREADY_RECORDED"))
                    .expectNoEvents();
        }

        @Test
        void item_not_reported() {
            at(AFTER).when(feedback(List.of(outcome(SAME_DAY, Outcome.NOTED), outcome(ROLES, Outcome.NOTED)), List.of(), List.of()))
                    .expectException(refusedWith("ITEM_NOT_REPORTED"))
                    .expectNoEvents();
        }

        @Test
        void issue_not_in_brief_and_unknown_term_are_listed_together() {
            at(AFTER).when(feedback(List.of(outcome(NOT_BRIEFED, Outcome.NOTED), outcome(ROLES, Outcome.AGREED, "N7")), List.of(), List.of()))
                    .expectException(refusedWith("ISSUE_NOT_IN_BRIEF", "UNKNOWN_TERM", "ITEM_NOT_REPORTED"))
                    .expectNoEvents();
        }

        @Test
        void an_action_owner_that_is_not_registered() {
            at(AFTER).when(feedback(reporting(), List.of(), List.of(new FeedBack.Action(ACTION, "send the figures", UNREGISTERED,
                            LocalDate.of(2025, 6, 30)))))
                    .expectException(violation("UNKNOWN_ORGANISATION"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Ratification {

        private final FeedBack agreed = feedback(reporting(outcome(SAME_DAY, Outcome.AGREED, "N2"), outcome(ROLES, Outcome.AGREED)),
                List.of(), List.of());
        private final FeedbackRecorded awaiting = recorded(agreed,
                new Finding(FindingType.AWAITING_RATIFICATION, SAME_DAY, ACCESS, List.of()));

        @Test
        void the_confederation_ratifies_an_outcome_agreed_under_negotiate() {
            at(AFTER, awaiting).when(new RatifyOutcome(BOARD, BRIEF, SAME_DAY, Decision.RATIFIED, "practices' meeting 20 June"))
                    .expectEvents(new OutcomeRatified(BOARD, BRIEF, SAME_DAY, Decision.RATIFIED, "practices' meeting 20 June"));
        }

        @Test
        void outcome_already_decided() {
            at(AFTER, awaiting, new OutcomeRatified(BOARD, BRIEF, SAME_DAY, Decision.REJECTED, null))
                    .when(new RatifyOutcome(BOARD, BRIEF, SAME_DAY, Decision.RATIFIED, null))
                    .expectException(violation("OUTCOME_ALREADY_DECIDED"))
                    .expectNoEvents();
        }

        @Test
        void nothing_to_ratify_under_agree() {
            at(AFTER, awaiting).when(new RatifyOutcome(BOARD, BRIEF, ROLES, Decision.RATIFIED, null))
                    .expectException(violation("NOTHING_TO_RATIFY"))
                    .expectNoEvents();
        }

        @Test
        void nothing_to_ratify_before_feedback() {
            at(AFTER).when(new RatifyOutcome(BOARD, BRIEF, SAME_DAY, Decision.RATIFIED, null))
                    .expectException(violation("NOTHING_TO_RATIFY"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Actions {

        private final FeedBack withAction = feedback(reporting(), List.of(), List.of(new FeedBack.Action(ACTION, "send the access figures",
                ALDERLEY, LocalDate.of(2025, 6, 30))));

        @Test
        void an_action_picked_up_is_completed_once() {
            at(AFTER, recorded(withAction)).when(new CompleteAction(BOARD, ACTION, "sent"))
                    .expectEvents(new ActionCompleted(BOARD, ACTION, "sent"));
        }

        @Test
        void action_already_done() {
            at(AFTER, recorded(withAction), new ActionCompleted(BOARD, ACTION, "sent")).when(new CompleteAction(BOARD, ACTION, "again"))
                    .expectException(violation("ACTION_ALREADY_DONE"))
                    .expectNoEvents();
        }

        @Test
        void unknown_action() {
            at(AFTER).when(new CompleteAction(BOARD, ACTION, "sent"))
                    .expectException(violation("UNKNOWN_ACTION"))
                    .expectNoEvents();
        }
    }
}
