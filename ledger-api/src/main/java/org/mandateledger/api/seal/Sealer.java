package org.mandateledger.api.seal;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Seals every stored event, in the order its own tracking processor ({@value #GROUP}) sees them:
 * that order is kept as the leaf numbers, so it stays stable where the event store's positions
 * have gaps filled late. It runs after the commands have committed, so sealing never slows one; a
 * leaf and the processor's token commit together, so no event is sealed twice or passed over.
 */
@Component
@ProcessingGroup(Sealer.GROUP)
class Sealer {

    static final String GROUP = "ledger-seal";

    private final StoredEvents events;
    private final Seals seals;

    Sealer(StoredEvents events, Seals seals) {
        this.events = events;
        this.seals = seals;
    }

    @EventHandler
    void seal(Object payload, EventMessage<?> event) {
        StoredEvents.StoredEvent stored = events.byIdentifier(event.getIdentifier())
                .orElseThrow(() -> new IllegalStateException("event " + event.getIdentifier() + " was delivered but is not in the event store"));
        seals.append(stored.position(), stored.sealed().leafHash());
    }
}
