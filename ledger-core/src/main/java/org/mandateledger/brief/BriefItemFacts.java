package org.mandateledger.brief;

import java.util.Objects;
import org.mandateledger.authority.AuthorityLevel;

/**
 * What must be known, from a consistent source, to decide whether one item of a brief may grant
 * the authority asked for.
 *
 * @param meetingStarted           the clock has reached the meeting's {@code startsAt}
 * @param forumInAppointment       the appointment covers the meeting's forum
 * @param topicInAppointment       the appointment covers the issue's topic (itself or an ancestor)
 * @param positionAdopted          the issue's current position is adopted
 * @param reservedIssue            the issue is {@code RESERVED} to an organisation
 * @param appointmentCeiling       the appointment's ceiling
 * @param confederationAuthority   the confederation's authority on the issue's topic now
 * @param interestDeclared         the delegate declared an interest covering the issue's topic
 * @param anotherDelegateAboveObserve another delegate is briefed above {@code OBSERVE} on the issue at this meeting
 */
public record BriefItemFacts(boolean meetingStarted, boolean forumInAppointment, boolean topicInAppointment, boolean positionAdopted,
                             boolean reservedIssue, AuthorityLevel appointmentCeiling, AuthorityLevel confederationAuthority,
                             boolean interestDeclared, boolean anotherDelegateAboveObserve) {

    public BriefItemFacts {
        Objects.requireNonNull(appointmentCeiling, "appointment ceiling");
        Objects.requireNonNull(confederationAuthority, "confederation authority");
    }
}
