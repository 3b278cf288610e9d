package org.mandateledger.projections.confederation;

import org.mandateledger.confederation.api.Constitution;

/** A confederation as it stands, with its current members. */
public record ConfederationView(String slug, String name, String place, Constitution constitution, java.util.List<String> members) {
}
