package org.mandateledger.api.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A verified token to a ledger user: the role from claim {@code ledger_role}, the reach from
 * {@code ledger_confederation} (a slug or {@code *}) and {@code ledger_organisation}, the person
 * {@code login} from {@code preferred_username}. A token without a known role or a reach names
 * nobody the ledger knows, and is refused as an invalid token (401).
 */
public class LedgerJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String ROLE = "ledger_role";
    static final String CONFEDERATION = "ledger_confederation";
    static final String ORGANISATION = "ledger_organisation";
    static final String LOGIN = "preferred_username";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Role role = role(jwt.getClaimAsString(ROLE));
        String confederation = jwt.getClaimAsString(CONFEDERATION);
        if (confederation == null || !LedgerUser.isValidReach(confederation)) {
            throw invalid("the token has no valid " + CONFEDERATION + " (a confederation slug or *)");
        }
        String login = jwt.getClaimAsString(LOGIN);
        String username = login != null ? login : jwt.getSubject();
        if (username == null) {
            throw invalid("the token names no user (" + LOGIN + " or sub)");
        }
        LedgerUser user = new LedgerUser(username, role, confederation, jwt.getClaimAsString(ORGANISATION), login);
        LedgerPrincipal principal = new LedgerPrincipal(user, null);
        return UsernamePasswordAuthenticationToken.authenticated(principal, jwt, principal.getAuthorities());
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
