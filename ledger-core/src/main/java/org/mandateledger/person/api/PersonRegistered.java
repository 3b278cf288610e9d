package org.mandateledger.person.api;

import org.axonframework.serialization.Revision;
import org.mandateledger.organisation.api.OrganisationCode;

/** Only what the ledger needs of a person: a name, a role, a home organisation and an optional login. */
@Revision("1")
public record PersonRegistered(PersonId id, String name, String role, OrganisationCode organisation, String login) {
}
