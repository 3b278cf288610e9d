package org.mandateledger.api.security;

import java.util.regex.Pattern;

/**
 * Object-level reach checks for controllers and services: the current user's reach
 * ({@link LedgerUser#confederation()}) is one confederation slug or {@code *} for all of them.
 *
 * <pre>{@code
 * reach.requireConfederation(brief.confederation()); // 403 problem+json if out of reach
 * }</pre>
 *
 * Request-level rules (which URL and method need what) live in {@link AccessRules}; both use
 * {@link LedgerUser#reaches(String)}.
 */
public class Reach {

    private static final Pattern PRINTABLE_SLUG = Pattern.compile("[a-z0-9-]{1,64}");

    /** Whether the current user's reach includes the confederation {@code slug} (false if anonymous). */
    public boolean includes(String slug) {
        return CurrentUser.find().map(user -> user.reaches(slug)).orElse(false);
    }

    /**
     * Requires the current user's reach to include the confederation {@code slug}.
     *
     * @throws OutOfReachException (403) when it does not
     * @throws org.springframework.security.authentication.AuthenticationCredentialsNotFoundException
     *         (401) when the request is anonymous
     */
    public void requireConfederation(String slug) {
        LedgerUser user = CurrentUser.get();
        if (!user.reaches(slug)) {
            throw new OutOfReachException(outOfReach(user, slug));
        }
    }

    /**
     * A {@code MEMBER} acts only as its own organisation (as grantor, or as who raises an issue);
     * chairs and secretariats record on behalf of any.
     *
     * @throws OutOfReachException (403) when a member names another organisation
     */
    public void requireActingAs(String organisation) {
        LedgerUser user = CurrentUser.get();
        if (!actsAs(organisation)) {
            throw new OutOfReachException("A member acts only as its own organisation ("
                    + (user.organisation() == null ? "none is set for you" : user.organisation()) + ").");
        }
    }

    /** Whether the current user may act as {@code organisation}: any writer may; a {@code MEMBER} only as its own. */
    public boolean actsAs(String organisation) {
        return CurrentUser.find()
                .map(user -> user.role() != Role.MEMBER || (user.organisation() != null && user.organisation().equals(organisation)))
                .orElse(false);
    }

    /**
     * Whether the current user may see general practice's negotiating position in a confederation
     * (terms, emerging views, a grantor's conditions): within their reach, and neither a system
     * partner ({@code ICB}) nor an operator ({@code ADMIN}). Anyone else sees it redacted.
     */
    public static boolean seesNegotiatingPosition(String confederation) {
        return CurrentUser.find()
                .map(u -> u.role() != Role.ICB && u.role() != Role.ADMIN && u.reaches(confederation))
                .orElse(false);
    }

    static String outOfReach(LedgerUser user, String slug) {
        String which = slug != null && PRINTABLE_SLUG.matcher(slug).matches() ? " '" + slug + "'" : "";
        return "Your reach (" + user.confederation() + ") does not include the confederation" + which + ".";
    }
}
