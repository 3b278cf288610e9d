package org.mandateledger.person;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.person.api.DeclareInterest;
import org.mandateledger.person.api.InterestDeclared;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.person.api.PersonRegistered;
import org.mandateledger.person.api.RegisterPerson;

/** A person who may be appointed; their home organisation and the topics of their interests exist. */
public class Person {

    @AggregateIdentifier
    private PersonId id;

    protected Person() {
    }

    @CommandHandler
    public Person(RegisterPerson command, ExistingAggregates existing) {
        if (!existing.exists(command.organisation().aggregateId())) {
            throw new DomainRuleViolation("UNKNOWN_ORGANISATION", "organisation " + command.organisation().value() + " is not registered");
        }
        apply(new PersonRegistered(command.id(), command.name(), command.role(), command.organisation(), command.login()));
    }

    @CommandHandler
    public void handle(DeclareInterest command, ExistingAggregates existing) {
        if (!existing.exists(command.topic().aggregateId())) {
            throw new DomainRuleViolation("UNKNOWN_TOPIC", "topic '" + command.topic().value() + "' is not defined");
        }
        apply(new InterestDeclared(id, command.interestId(), command.topic(), command.category(), command.description()));
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        id = event.id();
    }
}
