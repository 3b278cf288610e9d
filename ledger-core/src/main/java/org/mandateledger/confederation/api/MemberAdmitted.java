package org.mandateledger.confederation.api;

import org.axonframework.serialization.Revision;
import org.mandateledger.organisation.api.OrganisationCode;

/** Membership runs from when this was recorded. */
@Revision("1")
public record MemberAdmitted(ConfederationSlug confederation, OrganisationCode member) {
}
