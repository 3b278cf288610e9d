package org.mandateledger.api.security;

/**
 * The roles a Mandate Ledger user can hold. Each user has exactly one; Spring Security sees it as
 * the authority {@code ROLE_<name>} (see {@link #authority()}).
 */
public enum Role {
    CHAIR,
    SECRETARIAT,
    DELEGATE,
    MEMBER,
    ICB,
    ADMIN;

    /** The Spring Security authority for this role, e.g. {@code ROLE_CHAIR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
