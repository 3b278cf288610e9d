package org.mandateledger.api.security;

import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;

/**
 * Who the issuer's claims name, the one reading for the API's bearer tokens and the pages' ID
 * tokens alike: the role from claim {@code ledger_role}, the reach from {@code ledger_confederation}
 * (a slug or {@code *}) and {@code ledger_organisation}, the person {@code login} from {@code
 * preferred_username}. Claims without a known role or a reach name nobody the ledger knows, and are
 * refused as an invalid token.
 */
public final class LedgerClaims {

    static final String ROLE = "ledger_role";
    static final String CONFEDERATION = "ledger_confederation";
    static final String ORGANISATION = "ledger_organisation";
    static final String LOGIN = "preferred_username";

    private LedgerClaims() {
    }

    /** The ledger user the claims name; {@link OAuth2AuthenticationException} ({@code invalid_token}) if they name none. */
    public static LedgerUser user(ClaimAccessor claims) {
        Role role = role(claims.getClaimAsString(ROLE));
        String confederation = claims.getClaimAsString(CONFEDERATION);
        if (confederation == null || !LedgerUser.isValidReach(confederation)) {
            throw invalid("the token has no valid " + CONFEDERATION + " (a confederation slug or *)");
        }
        String login = claims.getClaimAsString(LOGIN);
        String username = login != null ? login : claims.getClaimAsString("sub");
        if (username == null) {
            throw invalid("the token names no user (" + LOGIN + " or sub)");
        }
        return new LedgerUser(username, role, confederation, claims.getClaimAsString(ORGANISATION), login);
    }

    private static Role role(String claim) {
        if (claim == null) {
            throw invalid("the token has no " + ROLE);
        }
        try {
            return Role.valueOf(claim);
        } catch (IllegalArgumentException e) {
            throw invalid("the token's " + ROLE + " is not a ledger role");
        }
    }

    private static OAuth2AuthenticationException invalid(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null), description);
    }
}
