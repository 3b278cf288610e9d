package org.mandateledger.ledger;

import java.util.regex.Pattern;

/** The shapes of the natural keys the REST contract names: ODS codes and slugs. */
public final class Identifiers {

    /** An ODS code, or a local code for bodies without one, such as {@code LMC-CHESHIRE}. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,19}");
    /** Topics, forums and confederations are known by slug. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,64}");

    private Identifiers() {
    }

    public static String requireCode(String value, String what) {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new InvalidIdentifierException(what, value, "an ODS code such as N81001 ([A-Z0-9][A-Z0-9-]{2,19})");
        }
        return value;
    }

    public static String requireSlug(String value, String what) {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new InvalidIdentifierException(what, value, "a slug ([a-z0-9-]{1,64})");
        }
        return value;
    }
}
