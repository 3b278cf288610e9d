package org.mandateledger.confederation.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record MandateWithdrawn(ConfederationSlug confederation, MandateId mandate, String reason) {
}
