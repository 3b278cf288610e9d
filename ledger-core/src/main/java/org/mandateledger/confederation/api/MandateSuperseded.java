package org.mandateledger.confederation.api;

import org.axonframework.serialization.Revision;

/** The grantor's new mandate on an overlapping scope replaced this one. */
@Revision("1")
public record MandateSuperseded(ConfederationSlug confederation, MandateId mandate, MandateId supersededBy) {
}
