package org.mandateledger.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.issue.IssueLedger.ACCESS;
import static org.mandateledger.issue.IssueLedger.AGREED_AT;
import static org.mandateledger.issue.IssueLedger.ALDERLEY;
import static org.mandateledger.issue.IssueLedger.BOLLINGTON;
import static org.mandateledger.issue.IssueLedger.CHESHIRE_EAST;
import static org.mandateledger.issue.IssueLedger.CHESHIRE_WEST;
import static org.mandateledger.issue.IssueLedger.CONGLETON;
import static org.mandateledger.issue.IssueLedger.CREWE;
import static org.mandateledger.issue.IssueLedger.DESCRIPTION;
import static org.mandateledger.issue.IssueLedger.ISSUE;
import static org.mandateledger.issue.IssueLedger.LMC;
import static org.mandateledger.issue.IssueLedger.MACCLESFIELD_PCN;
import static org.mandateledger.issue.IssueLedger.MEMBERS;
import static org.mandateledger.issue.IssueLedger.RECORDED;
import static org.mandateledger.issue.IssueLedger.TITLE;
import static org.mandateledger.issue.IssueLedger.UNDEFINED_TOPIC;
import static org.mandateledger.issue.IssueLedger.UNRECORDED_CONFEDERATION;
import static org.mandateledger.issue.IssueLedger.UNREGISTERED;
import static org.mandateledger.issue.IssueLedger.closed;
import static org.mandateledger.issue.IssueLedger.noSupportYet;
import static org.mandateledger.issue.IssueLedger.position;
import static org.mandateledger.issue.IssueLedger.raise;
import static org.mandateledger.issue.IssueLedger.raiseCollective;
import static org.mandateledger.issue.IssueLedger.raised;
import static org.mandateledger.issue.IssueLedger.raisedBy;
import static org.mandateledger.issue.IssueLedger.raisedIn;
import static org.mandateledger.issue.IssueLedger.recorded;
import static org.mandateledger.issue.IssueLedger.refused;
import static org.mandateledger.issue.IssueLedger.support;
import static org.mandateledger.ledger.Violations.violation;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mandateledger.forum.api.SystemLevel;
import org.mandateledger.issue.api.CloseIssue;
import org.mandateledger.issue.api.IssueClosed;
import org.mandateledger.issue.api.IssueRaised;
import org.mandateledger.issue.api.IssueScope;
import org.mandateledger.issue.api.PositionRecorded;
import org.mandateledger.issue.api.RaiseIssue;
import org.mandateledger.issue.api.RecordPosition;
import org.mandateledger.issue.api.Support;
import org.mandateledger.issue.api.Term;
import org.mandateledger.ledger.DomainRuleViolation.Kind;

class IssueTest {

    private FixtureConfiguration<Issue> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Issue.class);
        fixture.registerInjectableResource(RECORDED);
        fixture.registerInjectableResource(MEMBERS);
    }

    @Nested
    class Raising {

        @Test
        void a_member_raises_an_issue() {
            fixture.givenNoPriorActivity()
                    .when(new RaiseIssue(ISSUE, CHESHIRE_EAST, TITLE, ACCESS, SystemLevel.PLACE, IssueScope.COLLECTIVE, null,
                            ALDERLEY, DESCRIPTION))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new IssueRaised(ISSUE, CHESHIRE_EAST, TITLE, ACCESS, SystemLevel.PLACE, IssueScope.COLLECTIVE, null,
                            ALDERLEY, DESCRIPTION))
                    .expectState(issue -> {
                        assertThat(issue.positions()).isZero();
                        assertThat(issue.closed()).isFalse();
                    });
        }

        @Test
        void a_member_that_is_not_a_practice_may_raise_an_issue() {
            RaiseIssue byTheLmc = raiseCollective(LMC);
            fixture.givenNoPriorActivity()
                    .when(byTheLmc)
                    .expectEvents(raisedBy(byTheLmc));
        }

        @Test
        void an_issue_raised_by_a_non_member_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(raiseCollective(CONGLETON))
                    .expectException(refused("RAISED_BY_NOT_A_MEMBER", Kind.RULE))
                    .expectNoEvents();
        }

        @Test
        void an_issue_raised_by_a_member_of_another_confederation_is_refused() {
            RaiseIssue inTheWest = new RaiseIssue(ISSUE, CHESHIRE_WEST, TITLE, ACCESS, SystemLevel.PLACE, IssueScope.COLLECTIVE, null,
                    ALDERLEY, DESCRIPTION);
            fixture.givenNoPriorActivity()
                    .when(inTheWest)
                    .expectException(violation("RAISED_BY_NOT_A_MEMBER"))
                    .expectNoEvents();
        }

        @Test
        void an_issue_on_an_undefined_topic_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(new RaiseIssue(ISSUE, CHESHIRE_EAST, TITLE, UNDEFINED_TOPIC, SystemLevel.PLACE, IssueScope.COLLECTIVE, null,
                            ALDERLEY, DESCRIPTION))
                    .expectException(refused("UNKNOWN_TOPIC", Kind.RULE))
                    .expectNoEvents();
        }

        @Test
        void an_issue_in_an_unknown_confederation_is_refused_as_unknown() {
            fixture.givenNoPriorActivity()
                    .when(new RaiseIssue(ISSUE, UNRECORDED_CONFEDERATION, TITLE, ACCESS, SystemLevel.PLACE, IssueScope.COLLECTIVE,
                            null, ALDERLEY, DESCRIPTION))
                    .expectException(refused("UNKNOWN_CONFEDERATION", Kind.NOT_FOUND))
                    .expectNoEvents();
        }

        @Test
        void a_reserved_issue_names_who_it_is_reserved_to() {
            fixture.givenNoPriorActivity()
                    .when(raise(IssueScope.RESERVED, null, ALDERLEY))
                    .expectException(refused("RESERVED_TO_REQUIRED", Kind.RULE))
                    .expectNoEvents();
        }

        @Test
        void a_collective_issue_is_reserved_to_no_one() {
            fixture.givenNoPriorActivity()
                    .when(raise(IssueScope.COLLECTIVE, MACCLESFIELD_PCN, ALDERLEY))
                    .expectException(refused("RESERVED_TO_NOT_ALLOWED", Kind.RULE))
                    .expectNoEvents();
        }

        @Test
        void an_issue_reserved_to_an_unregistered_organisation_is_refused() {
            fixture.givenNoPriorActivity()
                    .when(raise(IssueScope.RESERVED, UNREGISTERED, ALDERLEY))
                    .expectException(refused("UNKNOWN_ORGANISATION", Kind.RULE))
                    .expectNoEvents();
        }

        @Test
        void a_reserved_issue_is_raised_with_the_organisation_it_remains_with() {
            fixture.givenNoPriorActivity()
                    .when(raise(IssueScope.RESERVED, MACCLESFIELD_PCN, ALDERLEY))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new IssueRaised(ISSUE, CHESHIRE_EAST, TITLE, ACCESS, SystemLevel.PLACE, IssueScope.RESERVED,
                            MACCLESFIELD_PCN, ALDERLEY, DESCRIPTION));
        }
    }

    @Nested
    class Positions {

        @Test
        void the_first_position_is_version_one_with_numbered_terms() {
            Support support = support(Set.of(ALDERLEY), Set.of(BOLLINGTON), Set.of(CREWE));
            fixture.given(raised())
                    .when(new RecordPosition(ISSUE, "Hubs only with recurrent funding",
                            List.of("No hub without recurrent funding", "Practices keep their own same-day lists"),
                            List.of("Hub opening hours"), support, AGREED_AT))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new PositionRecorded(ISSUE, 1, "Hubs only with recurrent funding",
                            List.of(new Term("E1", "No hub without recurrent funding"),
                                    new Term("E2", "Practices keep their own same-day lists")),
                            List.of(new Term("N1", "Hub opening hours")),
                            support(Set.of(ALDERLEY), Set.of(BOLLINGTON), Set.of(CREWE)), AGREED_AT))
                    .expectResultMessagePayload(1)
                    .expectState(issue -> assertThat(issue.positions()).isEqualTo(1));
        }

        @Test
        void a_new_version_supersedes_the_old() {
            fixture.given(raised(), recorded(1, "Hubs only with recurrent funding"))
                    .when(position("Hubs only with recurrent funding and GP oversight", noSupportYet()))
                    .expectEvents(new PositionRecorded(ISSUE, 2, "Hubs only with recurrent funding and GP oversight",
                            List.of(new Term("E1", "No hub without recurrent funding")), List.of(new Term("N1", "Hub opening hours")),
                            noSupportYet(), AGREED_AT))
                    .expectResultMessagePayload(2)
                    .expectState(issue -> assertThat(issue.positions()).isEqualTo(2));
        }

        @Test
        void each_version_follows_the_last_one_recorded() {
            fixture.given(raised(), recorded(1, "first"), recorded(2, "second"), recorded(3, "third"))
                    .when(position("fourth", noSupportYet()))
                    .expectResultMessagePayload(4)
                    .expectState(issue -> assertThat(issue.positions()).isEqualTo(4));
        }

        @Test
        void an_issue_raised_by_command_takes_its_first_position() {
            fixture.givenCommands(raiseCollective(ALDERLEY))
                    .when(position("Hubs only with recurrent funding", support(Set.of(ALDERLEY, BOLLINGTON), Set.of(), Set.of())))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(1);
        }

        @Test
        void terms_left_out_are_recorded_as_none() {
            fixture.given(raised())
                    .when(new RecordPosition(ISSUE, "We note the proposal", null, List.of(), noSupportYet(), null))
                    .expectEvents(new PositionRecorded(ISSUE, 1, "We note the proposal", List.of(), List.of(), noSupportYet(), null))
                    .expectResultMessagePayload(1);
        }

        @Test
        void a_position_with_empty_support_lists_is_recorded() {
            fixture.given(raised())
                    .when(position("An emerging view", noSupportYet()))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new PositionRecorded(ISSUE, 1, "An emerging view",
                            List.of(new Term("E1", "No hub without recurrent funding")), List.of(new Term("N1", "Hub opening hours")),
                            support(Set.of(), Set.of(), Set.of()), AGREED_AT));
        }

        static Stream<Arguments> supportFromOutsideTheMemberPractices() {
            return Stream.of(
                    Arguments.of("for, from a non-member", support(Set.of(ALDERLEY, CONGLETON), Set.of(), Set.of())),
                    Arguments.of("against, from a non-member", support(Set.of(ALDERLEY), Set.of(CONGLETON), Set.of())),
                    Arguments.of("abstaining, a non-member", support(Set.of(ALDERLEY), Set.of(), Set.of(CONGLETON))),
                    Arguments.of("for, from an unregistered practice", support(Set.of(UNREGISTERED), Set.of(), Set.of())),
                    Arguments.of("for, from a member PCN", support(Set.of(MACCLESFIELD_PCN), Set.of(), Set.of())),
                    Arguments.of("against, from the member LMC", support(Set.of(ALDERLEY), Set.of(LMC), Set.of())),
                    Arguments.of("abstaining, a member PCN", support(Set.of(), Set.of(), Set.of(MACCLESFIELD_PCN))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("supportFromOutsideTheMemberPractices")
        void support_from_a_non_member_or_a_member_that_is_not_a_practice_is_refused(String who, Support support) {
            fixture.given(raised())
                    .when(position("Hubs only with recurrent funding", support))
                    .expectException(refused("SUPPORT_NOT_A_MEMBER_PRACTICE", Kind.RULE))
                    .expectNoEvents();
        }

        @Test
        void support_counts_the_member_practices_of_the_issues_own_confederation() {
            // Alderley is a member practice of Cheshire East, not of Cheshire West where this issue was raised.
            fixture.given(raisedIn(CHESHIRE_WEST))
                    .when(position("Hubs only with recurrent funding", support(Set.of(ALDERLEY), Set.of(), Set.of())))
                    .expectException(violation("SUPPORT_NOT_A_MEMBER_PRACTICE"))
                    .expectNoEvents();
        }

        static Stream<Arguments> overlappingSupport() {
            return Stream.of(
                    Arguments.of("for and against", support(Set.of(ALDERLEY, BOLLINGTON), Set.of(BOLLINGTON), Set.of())),
                    Arguments.of("for and abstaining", support(Set.of(ALDERLEY), Set.of(), Set.of(ALDERLEY))),
                    Arguments.of("against and abstaining", support(Set.of(), Set.of(CREWE), Set.of(CREWE, BOLLINGTON))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("overlappingSupport")
        void a_practice_cannot_stand_in_two_lists(String lists, Support support) {
            fixture.given(raised())
                    .when(position("Hubs only with recurrent funding", support))
                    .expectException(refused("SUPPORT_OVERLAPS", Kind.RULE))
                    .expectNoEvents();
        }

        @Test
        void a_closed_issue_takes_no_new_position() {
            fixture.given(raised(), recorded(1, "Hubs only with recurrent funding"), closed())
                    .when(position("Hubs only with recurrent funding and GP oversight", noSupportYet()))
                    .expectException(refused("ISSUE_CLOSED", Kind.CONFLICT))
                    .expectNoEvents();
        }
    }

    @Nested
    class Closing {

        @Test
        void an_open_issue_is_closed() {
            fixture.given(raised())
                    .when(new CloseIssue(ISSUE, "the ICB withdrew the proposal"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new IssueClosed(ISSUE, "the ICB withdrew the proposal"))
                    .expectState(issue -> assertThat(issue.closed()).isTrue());
        }

        @Test
        void an_issue_is_closed_only_once() {
            fixture.given(raised(), closed())
                    .when(new CloseIssue(ISSUE, "closed again"))
                    .expectException(refused("ISSUE_ALREADY_CLOSED", Kind.CONFLICT))
                    .expectNoEvents();
        }
    }

    @Nested
    class RebuiltState {

        @Test
        void an_issue_rebuilt_from_its_events_keeps_its_last_version_and_closes() {
            fixture.given(raised(), recorded(1, "first"), recorded(2, "second"))
                    .when(new CloseIssue(ISSUE, "agreed with the ICB"))
                    .expectEvents(new IssueClosed(ISSUE, "agreed with the ICB"))
                    .expectState(issue -> {
                        assertThat(issue.positions()).isEqualTo(2);
                        assertThat(issue.closed()).isTrue();
                    });
        }

        @Test
        void a_raised_issue_carries_its_confederation_into_later_commands() {
            // Support is checked against the confederation the issue was raised in, which only the IssueRaised event tells.
            fixture.given(raised())
                    .when(position("Hubs only with recurrent funding", support(Set.of(ALDERLEY), Set.of(BOLLINGTON), Set.of())))
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(1);
        }
    }

    /** Where several rules are broken, the refusal is the first in the order docs/event-model.md gives. */
    @Nested
    class RefusalOrder {

        static Stream<Arguments> raisingsBreakingSeveralRules() {
            return Stream.of(
                    Arguments.of("UNKNOWN_CONFEDERATION", new RaiseIssue(ISSUE, UNRECORDED_CONFEDERATION, TITLE, UNDEFINED_TOPIC,
                            SystemLevel.PLACE, IssueScope.RESERVED, null, CONGLETON, DESCRIPTION)),
                    Arguments.of("UNKNOWN_TOPIC", new RaiseIssue(ISSUE, CHESHIRE_EAST, TITLE, UNDEFINED_TOPIC,
                            SystemLevel.PLACE, IssueScope.RESERVED, null, CONGLETON, DESCRIPTION)),
                    Arguments.of("RESERVED_TO_REQUIRED", raise(IssueScope.RESERVED, null, CONGLETON)),
                    Arguments.of("RESERVED_TO_NOT_ALLOWED", raise(IssueScope.COLLECTIVE, UNREGISTERED, CONGLETON)),
                    Arguments.of("UNKNOWN_ORGANISATION", raise(IssueScope.RESERVED, UNREGISTERED, CONGLETON)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("raisingsBreakingSeveralRules")
        void raising_is_refused_for_the_first_rule_it_breaks(String first, RaiseIssue command) {
            fixture.givenNoPriorActivity()
                    .when(command)
                    .expectException(violation(first))
                    .expectNoEvents();
        }

        @Test
        void a_closed_issue_is_refused_before_its_support_is_weighed() {
            fixture.given(raised(), closed())
                    .when(position("late", support(Set.of(CONGLETON), Set.of(CONGLETON), Set.of())))
                    .expectException(violation("ISSUE_CLOSED"))
                    .expectNoEvents();
        }

        @Test
        void support_in_two_lists_is_refused_before_membership_is_weighed() {
            fixture.given(raised())
                    .when(position("Hubs only with recurrent funding", support(Set.of(CONGLETON), Set.of(), Set.of(CONGLETON))))
                    .expectException(violation("SUPPORT_OVERLAPS"))
                    .expectNoEvents();
        }
    }
}
