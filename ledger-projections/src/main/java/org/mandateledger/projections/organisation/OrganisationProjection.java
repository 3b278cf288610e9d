package org.mandateledger.projections.organisation;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.mandateledger.organisation.api.ListSizeRecorded;
import org.mandateledger.organisation.api.OrganisationRegistered;
import org.mandateledger.organisation.api.OrganisationRenamed;
import org.mandateledger.organisation.api.PcnMembershipRecorded;
import org.mandateledger.projections.LedgerProcessor;
import org.springframework.stereotype.Component;

/** Organisations as they stand now, and every list size as it was recorded. */
@Component
@ProcessingGroup(LedgerProcessor.NAME)
class OrganisationProjection {

    private final OrganisationRepository organisations;
    private final ListSizeRepository listSizes;

    OrganisationProjection(OrganisationRepository organisations, ListSizeRepository listSizes) {
        this.organisations = organisations;
        this.listSizes = listSizes;
    }

    @EventHandler
    void on(OrganisationRegistered event, @Timestamp Instant at) {
        if (!organisations.existsById(event.code().value())) {
            organisations.save(new OrganisationEntry(event.code().value(), event.name(), event.kind(), at));
        }
    }

    @EventHandler
    void on(OrganisationRenamed event) {
        organisations.findById(event.code().value()).ifPresent(o -> o.name = event.name());
    }

    @EventHandler
    void on(ListSizeRecorded event, EventMessage<?> message, @Timestamp Instant at) {
        organisations.findById(event.code().value()).ifPresent(o -> {
            o.registeredPatients = event.registeredPatients();
            o.listSizeDate = event.listSizeDate();
        });
        listSizes.save(new ListSizeEntry(message.getIdentifier(), event.code().value(), event.registeredPatients(),
                event.listSizeDate(), at));
    }

    @EventHandler
    void on(PcnMembershipRecorded event) {
        organisations.findById(event.practice().value()).ifPresent(o -> o.pcn = event.pcn().value());
    }

    @ResetHandler
    void reset() {
        listSizes.deleteAllInBatch();
        organisations.deleteAllInBatch();
    }
}
