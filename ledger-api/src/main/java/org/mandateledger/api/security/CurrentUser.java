package org.mandateledger.api.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The {@link LedgerUser} of the current request. In a controller,
 * {@code @AuthenticationPrincipal LedgerPrincipal principal} works as well.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The current user, or empty when the request is anonymous. */
    public static Optional<LedgerUser> find() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * The current user.
     *
     * @throws AuthenticationCredentialsNotFoundException when the request is anonymous (answered 401)
     */
    public static LedgerUser get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException(
                "No authenticated ledger user on this request"));
    }

    /** The ledger user behind {@code authentication}, if it is authenticated as a {@link LedgerIdentity}. */
    public static Optional<LedgerUser> of(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof LedgerIdentity identity) {
            return Optional.of(identity.ledgerUser());
        }
        return Optional.empty();
    }
}
