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
     * Whether a role is general practice's own (chair, secretariat, delegate, member) rather than a
     * system partner ({@code ICB}) or the service's operator ({@code ADMIN}): domain.md,
     * "Confidentiality". Only general practice sees its negotiating position (terms, emerging views,
     * brief contents, feedback detail, a grantor's conditions) and the people behind it (a person's
     * login, what their declared interests say). The one rule for every route a caller takes: the
     * API's reads, the event feed and the pages.
     */
    public static boolean withinGeneralPractice(Role role) {
        return role != Role.ICB && role != Role.ADMIN;
    }

    /**
     * Whether the current user may see general practice's negotiating position in a confederation:
     * {@link #withinGeneralPractice} and within their reach. Anyone else sees it redacted.
     */
    public static boolean seesNegotiatingPosition(String confederation) {
        return CurrentUser.find()
                .map(u -> withinGeneralPractice(u.role()) && u.reaches(confederation))
                .orElse(false);
    }

    /** Whether the current user may see a person's login and what their declared interests say ({@link #withinGeneralPractice}). */
    public static boolean seesPeopleWhole() {
        return CurrentUser.find().map(u -> withinGeneralPractice(u.role())).orElse(false);
    }

    static String outOfReach(LedgerUser user, String slug) {
        String which = slug != null && PRINTABLE_SLUG.matcher(slug).matches() ? " '" + slug + "'" : "";
        return "Your reach (" + user.confederation() + ") does not include the confederation" + which + ".";
    }
}
