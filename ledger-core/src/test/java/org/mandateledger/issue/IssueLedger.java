package org.mandateledger.issue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.forum.api.SystemLevel;
import org.mandateledger.issue.api.IssueClosed;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.issue.api.IssueRaised;
import org.mandateledger.issue.api.IssueScope;
import org.mandateledger.issue.api.PositionRecorded;
import org.mandateledger.issue.api.RaiseIssue;
import org.mandateledger.issue.api.RecordPosition;
import org.mandateledger.issue.api.Support;
import org.mandateledger.issue.api.Term;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.ledger.Violations;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicSlug;

/**
 * The cast of the issue stories: Cheshire East with two member practices, its PCN and the LMC as
 * members that are not practices, a registered practice that never joined, and one topic.
 */
final class IssueLedger {

    static final ConfederationSlug CHESHIRE_EAST = new ConfederationSlug("cheshire-east");
    /** Recorded in the event store, but none of the test's members belong to it. */
    static final ConfederationSlug CHESHIRE_WEST = new ConfederationSlug("cheshire-west");
    /** Never recorded. */
    static final ConfederationSlug UNRECORDED_CONFEDERATION = new ConfederationSlug("greater-manchester");

    /** Member practices. */
    static final OrganisationCode ALDERLEY = new OrganisationCode("N81001");
    static final OrganisationCode BOLLINGTON = new OrganisationCode("N81002");
    static final OrganisationCode CREWE = new OrganisationCode("N81004");
    /** Members that are not practices. */
    static final OrganisationCode MACCLESFIELD_PCN = new OrganisationCode("U29951");
    static final OrganisationCode LMC = new OrganisationCode("LMC-CHESHIRE");
    /** Registered in the ledger, but never admitted to the confederation. */
    static final OrganisationCode CONGLETON = new OrganisationCode("N81003");
    /** Never registered at all. */
    static final OrganisationCode UNREGISTERED = new OrganisationCode("N89999");

    static final TopicSlug ACCESS = new TopicSlug("access");
    static final TopicSlug UNDEFINED_TOPIC = new TopicSlug("pharmacy");

    static final IssueId ISSUE = new IssueId(UUID.nameUUIDFromBytes("winter-access-hubs".getBytes(StandardCharsets.UTF_8)));
    static final String TITLE = "Winter access hubs";
    static final String DESCRIPTION = "The ICB proposes two same-day access hubs for the winter.";
    static final Instant AGREED_AT = Instant.parse("2025-06-02T09:00:00Z");

    /** What the event store holds besides the issue itself. */
    static final ExistingAggregates RECORDED = Set.of(
            CHESHIRE_EAST.toString(), CHESHIRE_WEST.toString(),
            ALDERLEY.aggregateId(), BOLLINGTON.aggregateId(), CREWE.aggregateId(),
            MACCLESFIELD_PCN.aggregateId(), LMC.aggregateId(), CONGLETON.aggregateId(),
            ACCESS.aggregateId())::contains;

    static final FakeMemberRoll MEMBERS = new FakeMemberRoll(CHESHIRE_EAST,
            Set.of(ALDERLEY, BOLLINGTON, CREWE, MACCLESFIELD_PCN, LMC),
            Set.of(ALDERLEY, BOLLINGTON, CREWE));

    private IssueLedger() {
    }

    static RaiseIssue raise(IssueScope scope, OrganisationCode reservedTo, OrganisationCode raisedBy) {
        return new RaiseIssue(ISSUE, CHESHIRE_EAST, TITLE, ACCESS, SystemLevel.PLACE, scope, reservedTo, raisedBy, DESCRIPTION);
    }

    static RaiseIssue raiseCollective(OrganisationCode raisedBy) {
        return raise(IssueScope.COLLECTIVE, null, raisedBy);
    }

    /** The event a raise command should produce, field for field. */
    static IssueRaised raisedBy(RaiseIssue command) {
        return new IssueRaised(command.id(), command.confederation(), command.title(), command.topic(), command.level(),
                command.scope(), command.reservedTo(), command.raisedBy(), command.description());
    }

    static IssueRaised raised() {
        return raisedIn(CHESHIRE_EAST);
    }

    static IssueRaised raisedIn(ConfederationSlug confederation) {
        return new IssueRaised(ISSUE, confederation, TITLE, ACCESS, SystemLevel.PLACE, IssueScope.COLLECTIVE, null, ALDERLEY, DESCRIPTION);
    }

    static Support support(Set<OrganisationCode> supporting, Set<OrganisationCode> against, Set<OrganisationCode> abstaining) {
        return Support.of(supporting, against, abstaining);
    }

    static Support noSupportYet() {
        return Support.of(Set.of(), Set.of(), Set.of());
    }

    static RecordPosition position(String statement, Support support) {
        return new RecordPosition(ISSUE, statement, List.of("No hub without recurrent funding"), List.of("Hub opening hours"),
                support, AGREED_AT);
    }

    static PositionRecorded recorded(int version, String statement) {
        return new PositionRecorded(ISSUE, version, statement, List.of(new Term("E1", "No hub without recurrent funding")),
                List.of(new Term("N1", "Hub opening hours")), support(Set.of(ALDERLEY), Set.of(), Set.of()), AGREED_AT);
    }

    static IssueClosed closed() {
        return new IssueClosed(ISSUE, "the ICB withdrew the proposal");
    }

    /** A refusal with this code, answered as this kind (422 rule, 409 conflict or 404 unknown). */
    static Matcher<DomainRuleViolation> refused(String code, DomainRuleViolation.Kind kind) {
        return Matchers.allOf(Violations.violation(code), new TypeSafeDiagnosingMatcher<DomainRuleViolation>() {
            @Override
            protected boolean matchesSafely(DomainRuleViolation violation, Description mismatch) {
                if (violation.kind() != kind) {
                    mismatch.appendText("was refused as ").appendValue(violation.kind());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused as ").appendValue(kind);
            }
        });
    }
}
