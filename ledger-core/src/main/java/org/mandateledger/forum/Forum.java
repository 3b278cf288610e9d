package org.mandateledger.forum;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.mandateledger.forum.api.DefineForum;
import org.mandateledger.forum.api.ForumChanged;
import org.mandateledger.forum.api.ForumDefined;
import org.mandateledger.forum.api.ForumSlug;
import org.mandateledger.forum.api.SystemLevel;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.ledger.RecordOutcome;
import org.mandateledger.organisation.api.OrganisationCode;

/** A system forum; its convenor, when named, is a registered organisation. */
public class Forum {

    @AggregateIdentifier
    private ForumSlug slug;
    private String name;
    private SystemLevel level;
    private OrganisationCode convenor;

    protected Forum() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RecordOutcome handle(DefineForum command, ExistingAggregates existing) {
        if (command.convenor() != null && !existing.exists(command.convenor().aggregateId())) {
            throw new DomainRuleViolation("UNKNOWN_ORGANISATION", "convenor " + command.convenor().value() + " is not registered");
        }
        if (slug == null) {
            if (command.name() == null || command.level() == null) {
                throw new DomainRuleViolation("FORUM_INCOMPLETE", "a new forum needs a name and a level");
            }
            apply(new ForumDefined(command.slug(), command.name(), command.level(), command.convenor()));
            return RecordOutcome.REGISTERED;
        }
        String nameAfter = command.name() != null ? command.name() : name;
        SystemLevel levelAfter = command.level() != null ? command.level() : level;
        OrganisationCode convenorAfter = command.convenor() != null ? command.convenor() : convenor;
        if (nameAfter.equals(name) && levelAfter == level && Objects.equals(convenorAfter, convenor)) {
            return RecordOutcome.UNCHANGED;
        }
        apply(new ForumChanged(slug, nameAfter, levelAfter, convenorAfter));
        return RecordOutcome.UPDATED;
    }

    @EventSourcingHandler
    void on(ForumDefined event) {
        slug = event.slug();
        name = event.name();
        level = event.level();
        convenor = event.convenor();
    }

    @EventSourcingHandler
    void on(ForumChanged event) {
        name = event.name();
        level = event.level();
        convenor = event.convenor();
    }
}
