package org.mandateledger.organisation.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers an organisation, or changes the facts given; a {@code null} leaves that fact as it
 * is. Answers a {@link RecordOutcome}. A first record needs a name and a kind.
 */
public record RecordOrganisation(
        @TargetAggregateIdentifier OrganisationCode code,
        String name,
        OrganisationKind kind,
        Long registeredPatients,
        LocalDate listSizeDate,
        OrganisationCode pcn) {
}
