package org.mandateledger.confederation.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ConfederationRenamed(ConfederationSlug slug, String name, String place) {
}
