package org.mandateledger.person;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.ledger.PersonalDataRef;
import org.mandateledger.ledger.PersonalDataVault;
import org.mandateledger.person.api.DeclareInterest;
import org.mandateledger.person.api.ErasePersonalData;
import org.mandateledger.person.api.InterestDeclared;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.person.api.PersonRegistered;
import org.mandateledger.person.api.PersonalDataErased;
import org.mandateledger.person.api.RegisterPerson;

/**
 * A person who may be appointed; their home organisation and the topics of their interests exist.
 * Their name, login and interests' descriptions are kept in the personal data vault, and the events
 * refer to them (ADR 0016); once erased, nothing more is declared for them.
 */
public class Person {

    @AggregateIdentifier
    private PersonId id;
    private boolean erased;

    protected Person() {
    }

    @CommandHandler
    public Person(RegisterPerson command, ExistingAggregates existing, PersonalDataVault vault) {
        if (!existing.exists(command.organisation().aggregateId())) {
            throw new DomainRuleViolation("UNKNOWN_ORGANISATION", "organisation " + command.organisation().value() + " is not registered");
        }
        String subject = command.id().toString();
        PersonalDataRef name = vault.keep(subject, "name", command.name());
        PersonalDataRef login = command.login() == null ? null : vault.keep(subject, "login", command.login());
        apply(new PersonRegistered(command.id(), name, command.role(), command.organisation(), login));
    }

    @CommandHandler
    public void handle(DeclareInterest command, ExistingAggregates existing, PersonalDataVault vault) {
        refuseIfErased();
        if (!existing.exists(command.topic().aggregateId())) {
            throw new DomainRuleViolation("UNKNOWN_TOPIC", "topic '" + command.topic().value() + "' is not defined");
        }
        PersonalDataRef description = vault.keep(id.toString(), "interest-description", command.description());
        apply(new InterestDeclared(id, command.interestId(), command.topic(), command.category(), description));
    }

    /** Answers the fields erased. */
    @CommandHandler
    public List<String> handle(ErasePersonalData command, PersonalDataVault vault) {
        refuseIfErased();
        List<String> fields = vault.erase(id.toString());
        apply(new PersonalDataErased(id, fields, command.ground()));
        return fields;
    }

    private void refuseIfErased() {
        if (erased) {
            throw DomainRuleViolation.conflict("PERSON_ERASED", "the personal data of " + id.value() + " has been erased");
        }
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        id = event.id();
    }

    @EventSourcingHandler
    void on(PersonalDataErased event) {
        erased = true;
    }
}
