package org.mandateledger.forum.api;

import org.axonframework.serialization.Revision;
import org.mandateledger.organisation.api.OrganisationCode;

/** The forum's facts as they now stand. */
@Revision("1")
public record ForumChanged(ForumSlug slug, String name, SystemLevel level, OrganisationCode convenor) {
}
