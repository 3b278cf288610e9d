package org.mandateledger.projections.confederation;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.mandateledger.confederation.api.ConfederationFormed;
import org.mandateledger.confederation.api.ConfederationRenamed;
import org.mandateledger.confederation.api.ConstitutionAmended;
import org.mandateledger.confederation.api.MemberAdmitted;
import org.mandateledger.confederation.api.MemberLeft;
import org.mandateledger.projections.LedgerProcessor;
import org.springframework.stereotype.Component;

/** Confederations, every constitution they have had, and every spell of membership. */
@Component
@ProcessingGroup(LedgerProcessor.NAME)
class ConfederationProjection {

    private final ConfederationRepository confederations;
    private final ConstitutionRepository constitutions;
    private final MembershipRepository memberships;

    ConfederationProjection(ConfederationRepository confederations, ConstitutionRepository constitutions,
                            MembershipRepository memberships) {
        this.confederations = confederations;
        this.constitutions = constitutions;
        this.memberships = memberships;
    }

    @EventHandler
    void on(ConfederationFormed event, EventMessage<?> message, @Timestamp Instant at) {
        String slug = event.slug().value();
        confederations.save(new ConfederationEntry(slug, event.name(), event.place(), new ConstitutionColumns(event.constitution()), at));
        constitutions.save(new ConstitutionEntry(message.getIdentifier(), slug, new ConstitutionColumns(event.constitution()), at));
    }

    @EventHandler
    void on(ConfederationRenamed event) {
        confederations.findById(event.slug().value()).ifPresent(c -> {
            c.name = event.name();
            c.place = event.place();
        });
    }

    @EventHandler
    void on(ConstitutionAmended event, EventMessage<?> message, @Timestamp Instant at) {
        String slug = event.slug().value();
        confederations.findById(slug).ifPresent(c -> c.constitution = new ConstitutionColumns(event.constitution()));
        constitutions.save(new ConstitutionEntry(message.getIdentifier(), slug, new ConstitutionColumns(event.constitution()), at));
    }

    @EventHandler
    void on(MemberAdmitted event, EventMessage<?> message, @Timestamp Instant at) {
        memberships.save(new MembershipEntry(message.getIdentifier(), event.confederation().value(), event.member().value(), at));
    }

    @EventHandler
    void on(MemberLeft event, @Timestamp Instant at) {
        memberships.findFirstByConfederationAndMemberAndLeftAtIsNull(event.confederation().value(), event.member().value())
                .ifPresent(m -> m.leftAt = at);
    }

    @ResetHandler
    void reset() {
        memberships.deleteAllInBatch();
        constitutions.deleteAllInBatch();
        confederations.deleteAllInBatch();
    }
}
