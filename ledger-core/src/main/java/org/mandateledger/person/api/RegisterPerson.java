package org.mandateledger.person.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.mandateledger.organisation.api.OrganisationCode;

/** Records someone who may be appointed; {@code login} links them to a user and may be {@code null}. */
public record RegisterPerson(@TargetAggregateIdentifier PersonId id, String name, String role, OrganisationCode organisation, String login) {
}
