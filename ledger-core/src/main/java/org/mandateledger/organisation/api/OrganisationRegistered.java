package org.mandateledger.organisation.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record OrganisationRegistered(OrganisationCode code, String name, OrganisationKind kind) {
}
