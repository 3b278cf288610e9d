package org.mandateledger.confederation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record WithdrawMandate(@TargetAggregateIdentifier ConfederationSlug confederation, MandateId mandate, String reason) {
}
