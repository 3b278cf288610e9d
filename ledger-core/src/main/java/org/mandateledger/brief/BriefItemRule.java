package org.mandateledger.brief;

import java.util.ArrayList;
import java.util.List;
import org.mandateledger.authority.AuthorityLevel;

/**
 * brief-delegate's rule for one item: the authority granted can never exceed the appointment's
 * ceiling, the confederation's authority on the topic, or {@code REPRESENT} on a reserved issue;
 * anything above {@code OBSERVE} rests on an adopted position; a brief is issued before its
 * meeting starts, within the appointment's forums and topics; and a person with a declared
 * interest is never the only delegate briefed above {@code OBSERVE}. Every rule broken is named,
 * in the contract's order; the {@code Meeting} aggregate refuses with the first as the code.
 */
public final class BriefItemRule {

    /** The refusals of the REST contract, in the order that decides which code a refusal carries. */
    public enum Refusal {
        MEETING_STARTED,
        FORUM_NOT_IN_APPOINTMENT,
        TOPIC_NOT_IN_APPOINTMENT,
        POSITION_NOT_ADOPTED,
        RESERVED_ISSUE,
        AUTHORITY_ABOVE_APPOINTMENT,
        AUTHORITY_ABOVE_CONFEDERATION,
        INTEREST_DECLARED
    }

    private BriefItemRule() {
    }

    /** Every rule the item breaks, in the contract's order; empty when it may be granted. */
    public static List<Refusal> refusals(AuthorityLevel granted, BriefItemFacts facts) {
        boolean aboveObserve = granted.compareTo(AuthorityLevel.OBSERVE) > 0;
        List<Refusal> broken = new ArrayList<>();
        if (facts.meetingStarted()) {
            broken.add(Refusal.MEETING_STARTED);
        }
        if (!facts.forumInAppointment()) {
            broken.add(Refusal.FORUM_NOT_IN_APPOINTMENT);
        }
        if (!facts.topicInAppointment()) {
            broken.add(Refusal.TOPIC_NOT_IN_APPOINTMENT);
        }
        if (aboveObserve && !facts.positionAdopted()) {
            broken.add(Refusal.POSITION_NOT_ADOPTED);
        }
        if (facts.reservedIssue() && granted.compareTo(AuthorityLevel.REPRESENT) > 0) {
            broken.add(Refusal.RESERVED_ISSUE);
        }
        if (granted.compareTo(facts.appointmentCeiling()) > 0) {
            broken.add(Refusal.AUTHORITY_ABOVE_APPOINTMENT);
        }
        if (granted.compareTo(facts.confederationAuthority()) > 0) {
            broken.add(Refusal.AUTHORITY_ABOVE_CONFEDERATION);
        }
        if (aboveObserve && facts.interestDeclared() && !facts.anotherDelegateAboveObserve()) {
            broken.add(Refusal.INTEREST_DECLARED);
        }
        return List.copyOf(broken);
    }
}
