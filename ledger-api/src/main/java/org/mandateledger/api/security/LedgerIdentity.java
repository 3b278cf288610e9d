package org.mandateledger.api.security;

/**
 * A signed-in principal that names a {@link LedgerUser}: a password user ({@link LedgerPrincipal}), or
 * a person signed in to the pages through OpenID Connect ({@link LedgerOidcUser}).
 */
public interface LedgerIdentity {

    LedgerUser ledgerUser();
}
