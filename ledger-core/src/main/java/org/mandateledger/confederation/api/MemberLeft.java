package org.mandateledger.confederation.api;

import org.axonframework.serialization.Revision;
import org.mandateledger.organisation.api.OrganisationCode;

@Revision("1")
public record MemberLeft(ConfederationSlug confederation, OrganisationCode member) {
}
