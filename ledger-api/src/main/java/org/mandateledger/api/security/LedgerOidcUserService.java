package org.mandateledger.api.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person an ID token signs in to the pages: Spring Security's reading of the token (and of the
 * user-info endpoint, where the issuer has one), then the ledger user its claims name. Claims naming
 * nobody the ledger knows refuse the sign-in.
 */
public class LedgerOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService standard = new OidcUserService();

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser signedIn = standard.loadUser(request);
        return new LedgerOidcUser(signedIn, LedgerClaims.user(signedIn));
    }
}
