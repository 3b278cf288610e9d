package org.mandateledger.confederation.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ConfederationFormed(ConfederationSlug slug, String name, String place, Constitution constitution) {
}
