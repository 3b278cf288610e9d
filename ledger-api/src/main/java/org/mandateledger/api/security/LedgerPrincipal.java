package org.mandateledger.api.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal: a {@link UserDetails} that carries the {@link LedgerUser}. Its single
 * authority is {@code ROLE_<role>}.
 *
 * <p>In a controller: {@code @AuthenticationPrincipal LedgerPrincipal principal}, or
 * {@link CurrentUser#get()} anywhere on the request thread.
 */
public final class LedgerPrincipal implements UserDetails, CredentialsContainer, LedgerIdentity {

    private static final long serialVersionUID = 1L;

    private final LedgerUser ledgerUser;
    private final List<GrantedAuthority> authorities;
    private String password;

    /**
     * @param ledgerUser   the user
     * @param passwordHash the stored password in {@code {id}hash} form (may be {@code null} for
     *                     principals built by tests or after credentials were erased)
     */
    public LedgerPrincipal(LedgerUser ledgerUser, String passwordHash) {
        this.ledgerUser = Objects.requireNonNull(ledgerUser, "ledgerUser");
        this.authorities = List.of(new SimpleGrantedAuthority(ledgerUser.role().authority()));
        this.password = passwordHash;
    }

    @Override
    public LedgerUser ledgerUser() {
        return ledgerUser;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return ledgerUser.username();
    }

    @Override
    public void eraseCredentials() {
        this.password = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LedgerPrincipal that && ledgerUser.username().equals(that.ledgerUser.username());
    }

    @Override
    public int hashCode() {
        return ledgerUser.username().hashCode();
    }

    @Override
    public String toString() {
        return "LedgerPrincipal[" + ledgerUser + "]"; // never the password
    }
}
