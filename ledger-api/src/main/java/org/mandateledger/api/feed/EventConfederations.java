package org.mandateledger.api.feed;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.mandateledger.appointment.api.AppointmentEnded;
import org.mandateledger.appointment.api.DelegateAppointed;
import org.mandateledger.issue.api.IssueClosed;
import org.mandateledger.issue.api.IssueRaised;
import org.mandateledger.issue.api.PositionRecorded;
import org.mandateledger.meeting.api.ActionCompleted;
import org.mandateledger.meeting.api.BriefAcknowledged;
import org.mandateledger.meeting.api.BriefIssued;
import org.mandateledger.meeting.api.FeedbackRecorded;
import org.mandateledger.meeting.api.OutcomeRatified;
import org.mandateledger.projections.audit.AuditQueries;
import org.mandateledger.projections.brief.BriefQueries;
import org.mandateledger.projections.register.RegisterQueries;
import org.mandateledger.projections.speaking.SpeakingRightsQueries;
import org.springframework.stereotype.Component;

/**
 * Which confederation an event belongs to, if any: a confederation's own stream, its issues,
 * appointments and briefs. Reference data (organisations, topics, forums, people, meetings) belongs
 * to none and is seen by everyone who may read the feed. An event whose confederation cannot be
 * told yet is kept from all but callers who reach every confederation.
 */
@Component
class EventConfederations {

    /** Reached only by a reach of {@code *}. */
    static final String UNKNOWN = "";

    private final RegisterQueries register;
    private final SpeakingRightsQueries appointments;
    private final BriefQueries briefs;
    private final AuditQueries audit;

    EventConfederations(RegisterQueries register, SpeakingRightsQueries appointments, BriefQueries briefs, AuditQueries audit) {
        this.register = register;
        this.appointments = appointments;
        this.briefs = briefs;
        this.audit = audit;
    }

    Optional<String> of(DomainEventMessage<?> event) {
        String aggregate = event.getAggregateIdentifier();
        if (aggregate.startsWith("confederation:")) {
            return Optional.of(aggregate.substring("confederation:".length()));
        }
        Object payload = event.getPayload();
        if (payload instanceof IssueRaised raised) {
            return Optional.of(raised.confederation().value());
        }
        if (payload instanceof PositionRecorded position) {
            return known(register.confederationOf(position.issue().value()));
        }
        if (payload instanceof IssueClosed closed) {
            return known(register.confederationOf(closed.issue().value()));
        }
        if (payload instanceof DelegateAppointed appointed) {
            return Optional.of(appointed.confederation().value());
        }
        if (payload instanceof AppointmentEnded ended) {
            return known(appointments.confederationOfAppointment(ended.id().value()));
        }
        if (payload instanceof BriefIssued issued) {
            return Optional.of(issued.confederation().value());
        }
        if (payload instanceof FeedbackRecorded feedback) {
            return Optional.of(feedback.confederation().value());
        }
        if (payload instanceof BriefAcknowledged acknowledged) {
            return known(briefs.owner(acknowledged.brief().value()).map(BriefQueries.Owner::confederation));
        }
        if (payload instanceof OutcomeRatified ratified) {
            return known(briefs.owner(ratified.brief().value()).map(BriefQueries.Owner::confederation));
        }
        if (payload instanceof ActionCompleted completed) {
            return known(audit.confederationOfAction(completed.action().value()));
        }
        return Optional.empty();
    }

    private static Optional<String> known(Optional<String> confederation) {
        return Optional.of(confederation.orElse(UNKNOWN));
    }
}
