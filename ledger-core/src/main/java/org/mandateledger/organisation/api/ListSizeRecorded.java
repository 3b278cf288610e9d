package org.mandateledger.organisation.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** A practice's registered patients as published on a date ({@code listSizeDate} may be unknown). */
@Revision("1")
public record ListSizeRecorded(OrganisationCode code, long registeredPatients, LocalDate listSizeDate) {
}
