package org.mandateledger.confederation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.mandateledger.organisation.api.OrganisationCode;

public record RemoveMember(@TargetAggregateIdentifier ConfederationSlug confederation, OrganisationCode member) {
}
