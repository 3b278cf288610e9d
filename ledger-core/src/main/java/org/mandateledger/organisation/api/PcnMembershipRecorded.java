package org.mandateledger.organisation.api;

import org.axonframework.serialization.Revision;

/** The practice's current PCN is now {@code pcn}. */
@Revision("1")
public record PcnMembershipRecorded(OrganisationCode practice, OrganisationCode pcn) {
}
