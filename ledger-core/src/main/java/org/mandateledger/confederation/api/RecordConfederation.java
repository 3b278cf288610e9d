package org.mandateledger.confederation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Forms a confederation, or renames it or amends its constitution; a {@code null} leaves that part as it is. */
public record RecordConfederation(@TargetAggregateIdentifier ConfederationSlug slug, String name, String place, Constitution constitution) {
}
