package org.mandateledger.confederation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.mandateledger.organisation.api.OrganisationCode;

public record AdmitMember(@TargetAggregateIdentifier ConfederationSlug confederation, OrganisationCode member) {
}
