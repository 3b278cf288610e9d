package org.mandateledger.organisation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.ledger.RecordOutcome;
import org.mandateledger.organisation.api.ListSizeRecorded;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.organisation.api.OrganisationKind;
import org.mandateledger.organisation.api.OrganisationRegistered;
import org.mandateledger.organisation.api.OrganisationRenamed;
import org.mandateledger.organisation.api.PcnMembershipRecorded;
import org.mandateledger.organisation.api.RecordOrganisation;

/**
 * An organisation known by its code. Its kind is fixed once registered; recording the same facts
 * again appends nothing, so re-importing the same files leaves the ledger as it was.
 */
public class Organisation {

    @AggregateIdentifier
    private OrganisationCode code;
    private OrganisationKind kind;
    private String name;
    private Long registeredPatients;
    private LocalDate listSizeDate;
    private OrganisationCode pcn;

    protected Organisation() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RecordOutcome handle(RecordOrganisation command, ExistingAggregates existing) {
        boolean registering = code == null;
        OrganisationKind kindAfter = registering ? command.kind() : kind;
        if (registering && (command.name() == null || command.kind() == null)) {
            throw new DomainRuleViolation("ORGANISATION_INCOMPLETE",
                    command.code().value() + " is not registered yet: a new organisation needs a name and a kind");
        }
        if (!registering && command.kind() != null && command.kind() != kind) {
            throw DomainRuleViolation.conflict("ORGANISATION_KIND_FIXED",
                    command.code().value() + " is registered as " + kind + " and cannot become " + command.kind());
        }
        boolean renamed = !registering && command.name() != null && !command.name().equals(name);
        // A list size and its date are one fact; a size given again without a date keeps the date it had.
        boolean sameSize = command.registeredPatients() != null && command.registeredPatients().equals(registeredPatients);
        LocalDate dateAfter = command.listSizeDate() != null ? command.listSizeDate() : sameSize ? listSizeDate : null;
        boolean listSizeChanged = command.registeredPatients() != null && (!sameSize || !Objects.equals(dateAfter, listSizeDate));
        boolean pcnChanged = command.pcn() != null && !command.pcn().equals(pcn);
        if ((listSizeChanged || pcnChanged) && kindAfter != OrganisationKind.PRACTICE) {
            throw new DomainRuleViolation("PRACTICE_FACTS_ONLY",
                    "only a practice has registered patients and a PCN; " + command.code().value() + " is a " + kindAfter);
        }

        if (pcnChanged && !existing.exists(command.pcn().aggregateId())) {
            throw new DomainRuleViolation("UNKNOWN_ORGANISATION", "PCN " + command.pcn().value() + " is not registered");
        }

        if (registering) {
            apply(new OrganisationRegistered(command.code(), command.name(), command.kind()));
        }
        if (renamed) {
            apply(new OrganisationRenamed(code, command.name()));
        }
        if (listSizeChanged) {
            apply(new ListSizeRecorded(code, command.registeredPatients(), dateAfter));
        }
        if (pcnChanged) {
            apply(new PcnMembershipRecorded(code, command.pcn()));
        }
        if (registering) {
            return RecordOutcome.REGISTERED;
        }
        return renamed || listSizeChanged || pcnChanged ? RecordOutcome.UPDATED : RecordOutcome.UNCHANGED;
    }

    @EventSourcingHandler
    void on(OrganisationRegistered event) {
        code = event.code();
        name = event.name();
        kind = event.kind();
    }

    @EventSourcingHandler
    void on(OrganisationRenamed event) {
        name = event.name();
    }

    @EventSourcingHandler
    void on(ListSizeRecorded event) {
        registeredPatients = event.registeredPatients();
        listSizeDate = event.listSizeDate();
    }

    @EventSourcingHandler
    void on(PcnMembershipRecorded event) {
        pcn = event.pcn();
    }
}
