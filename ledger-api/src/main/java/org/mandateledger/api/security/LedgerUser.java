package org.mandateledger.api.security;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who is calling: the user as the ledger knows it, without any password.
 *
 * @param username     the login name (HTTP Basic user name)
 * @param role         the single role the user holds
 * @param confederation the user's reach: a confederation slug ({@code [a-z0-9-]{1,64}}) or
 *                     {@link #EVERYWHERE} ({@code *}) for every confederation
 * @param organisation optional organisation (e.g. an ODS code) the user belongs to, or {@code null}
 * @param login        optional external login identifier, or {@code null}
 */
public record LedgerUser(String username, Role role, String confederation, String organisation, String login)
        implements Serializable {

    /** The reach that covers every confederation. */
    public static final String EVERYWHERE = "*";

    /** What a confederation slug looks like. */
    public static final Pattern CONFEDERATION_SLUG = Pattern.compile("[a-z0-9-]{1,64}");

    public LedgerUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(confederation, "confederation");
        if (!isValidReach(confederation)) {
            throw new IllegalArgumentException(
                    "confederation must be a slug [a-z0-9-]{1,64} or '*', was '" + confederation + "'");
        }
    }

    /** Whether this user's reach covers the confederation {@code slug}. */
    public boolean reaches(String slug) {
        return EVERYWHERE.equals(confederation) || (slug != null && confederation.equals(slug));
    }

    /** Whether this user may act in every confederation. */
    public boolean reachesEverywhere() {
        return EVERYWHERE.equals(confederation);
    }

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }

    static boolean isValidReach(String value) {
        return EVERYWHERE.equals(value) || CONFEDERATION_SLUG.matcher(value).matches();
    }
}
