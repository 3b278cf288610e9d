package org.mandateledger.api.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in to the pages through OpenID Connect: the ID token the issuer signed, and the
 * ledger user its claims name ({@link LedgerClaims}), with that user's role as the one authority.
 */
public final class LedgerOidcUser extends DefaultOidcUser implements LedgerIdentity {

    private static final long serialVersionUID = 1L;

    private final LedgerUser ledgerUser;

    LedgerOidcUser(OidcUser signedIn, LedgerUser ledgerUser) {
        super(List.of(new SimpleGrantedAuthority(ledgerUser.role().authority())), signedIn.getIdToken(), signedIn.getUserInfo(),
                IdTokenClaimNames.SUB);
        this.ledgerUser = ledgerUser;
    }

    @Override
    public LedgerUser ledgerUser() {
        return ledgerUser;
    }
}
