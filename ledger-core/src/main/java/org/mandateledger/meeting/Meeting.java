package org.mandateledger.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.meeting.api.MeetingId;
import org.mandateledger.meeting.api.MeetingScheduled;
import org.mandateledger.meeting.api.ScheduleMeeting;

/** A sitting of a forum that exists. */
public class Meeting {

    @AggregateIdentifier
    private MeetingId id;

    protected Meeting() {
    }

    @CommandHandler
    public Meeting(ScheduleMeeting command, ExistingAggregates existing) {
        if (!existing.exists(command.forum().aggregateId())) {
            throw new DomainRuleViolation("UNKNOWN_FORUM", "forum '" + command.forum().value() + "' is not defined");
        }
        apply(new MeetingScheduled(command.id(), command.forum(), command.startsAt(), command.title()));
    }

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        id = event.id();
    }
}
