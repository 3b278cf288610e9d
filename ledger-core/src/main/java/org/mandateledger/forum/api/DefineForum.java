package org.mandateledger.forum.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.mandateledger.organisation.api.OrganisationCode;

/** Defines a system forum, or changes the facts given; a {@code null} leaves that fact as it is. */
public record DefineForum(@TargetAggregateIdentifier ForumSlug slug, String name, SystemLevel level, OrganisationCode convenor) {
}
