package org.mandateledger.appointment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.mandateledger.appointment.api.AppointDelegate;
import org.mandateledger.appointment.api.AppointmentEnded;
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.appointment.api.DelegateAppointed;
import org.mandateledger.appointment.api.EndAppointment;
import org.mandateledger.forum.api.ForumSlug;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.topic.api.TopicSlug;

/**
 * An appointment of a person as a delegate of a confederation: for named forums (or any), named
 * topics (or all), up to an authority ceiling, for a term. Everything it names exists; once ended
 * it stays ended.
 */
public class Appointment {

    @AggregateIdentifier
    private AppointmentId id;
    private boolean ended;

    protected Appointment() {
    }

    @CommandHandler
    public Appointment(AppointDelegate command, ExistingAggregates existing) {
        if (!existing.exists(command.confederation().toString())) {
            throw DomainRuleViolation.notFound("UNKNOWN_CONFEDERATION", "no confederation '" + command.confederation().value() + "'");
        }
        if (!existing.exists(command.person().toString())) {
            throw new DomainRuleViolation("UNKNOWN_PERSON", "no person " + command.person().value());
        }
        for (ForumSlug forum : command.forums().forums()) {
            if (!existing.exists(forum.aggregateId())) {
                throw new DomainRuleViolation("UNKNOWN_FORUM", "forum '" + forum.value() + "' is not defined");
            }
        }
        for (TopicSlug topic : command.topics().topics()) {
            if (!existing.exists(topic.aggregateId())) {
                throw new DomainRuleViolation("UNKNOWN_TOPIC", "topic '" + topic.value() + "' is not defined");
            }
        }
        if (command.until() != null && command.until().isBefore(command.from())) {
            throw new DomainRuleViolation("INVALID_TERM", "until " + command.until() + " is before from " + command.from());
        }
        apply(new DelegateAppointed(command.id(), command.confederation(), command.person(), command.forums(), command.topics(),
                command.ceiling(), command.from(), command.until()));
    }

    @CommandHandler
    public void handle(EndAppointment command) {
        if (ended) {
            throw DomainRuleViolation.conflict("APPOINTMENT_ALREADY_ENDED", "the appointment has already ended");
        }
        apply(new AppointmentEnded(id, command.reason()));
    }

    @EventSourcingHandler
    void on(DelegateAppointed event) {
        id = event.id();
    }

    @EventSourcingHandler
    void on(AppointmentEnded event) {
        ended = true;
    }

    boolean ended() {
        return ended;
    }
}
