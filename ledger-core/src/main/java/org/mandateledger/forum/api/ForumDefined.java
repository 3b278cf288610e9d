package org.mandateledger.forum.api;

import org.axonframework.serialization.Revision;
import org.mandateledger.organisation.api.OrganisationCode;

@Revision("1")
public record ForumDefined(ForumSlug slug, String name, SystemLevel level, OrganisationCode convenor) {
}
