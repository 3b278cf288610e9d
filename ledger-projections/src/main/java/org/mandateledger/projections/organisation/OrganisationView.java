package org.mandateledger.projections.organisation;

import java.time.LocalDate;
import org.mandateledger.organisation.api.OrganisationKind;

/** An organisation as the API shows it; {@code registeredPatients} is {@code null} when unknown. */
public record OrganisationView(String code, String name, OrganisationKind kind, Long registeredPatients,
                               LocalDate listSizeDate, String pcn) {
}
