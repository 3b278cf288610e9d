package org.mandateledger.api.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A verified bearer token to a ledger user, read by {@link LedgerClaims}; a token naming nobody is refused (401). */
public class LedgerJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        LedgerPrincipal principal = new LedgerPrincipal(LedgerClaims.user(jwt), null);
        return UsernamePasswordAuthenticationToken.authenticated(principal, jwt, principal.getAuthorities());
    }
}
