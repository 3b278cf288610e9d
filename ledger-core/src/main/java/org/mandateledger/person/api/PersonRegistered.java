package org.mandateledger.person.api;

import org.axonframework.serialization.Revision;
import org.mandateledger.ledger.PersonalDataRef;
import org.mandateledger.organisation.api.OrganisationCode;

/**
 * Only what the ledger needs of a person: a name, a role, a home organisation and an optional
 * login. The name and login are references into the personal data vault (ADR 0016); revision 1
 * held the values themselves.
 */
@Revision("2")
public record PersonRegistered(PersonId id, PersonalDataRef name, String role, OrganisationCode organisation, PersonalDataRef login) {
}
