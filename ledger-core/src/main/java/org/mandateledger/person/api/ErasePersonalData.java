package org.mandateledger.person.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Erases what the vault keeps about a person: their name, login and interests' descriptions. */
public record ErasePersonalData(@TargetAggregateIdentifier PersonId person, ErasureGround ground) {
}
