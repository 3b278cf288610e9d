package org.mandateledger.organisation.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record OrganisationRenamed(OrganisationCode code, String name) {
}
