package org.mandateledger.confederation.api;

import org.axonframework.serialization.Revision;

/** The constitution as it stands from now on. */
@Revision("1")
public record ConstitutionAmended(ConfederationSlug slug, Constitution constitution) {
}
