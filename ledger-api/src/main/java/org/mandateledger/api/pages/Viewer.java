package org.mandateledger.api.pages;

import org.mandateledger.api.security.LedgerUser;
import org.mandateledger.api.security.Role;

/**
 * Who is looking at a page, as the layout shows them: their user name, role and reach ({@code
 * confederation} is their one confederation, or null when they reach every one).
 */
public record Viewer(String username, Role role, String reach, String confederation) {

    static Viewer of(LedgerUser user) {
        return new Viewer(user.username(), user.role(), user.reachesEverywhere() ? "every confederation" : user.confederation(),
                user.reachesEverywhere() ? null : user.confederation());
    }

    /** The role as a person reads it. */
    public String roleName() {
        return switch (role) {
            case CHAIR -> "Chair";
            case SECRETARIAT -> "Secretariat";
            case DELEGATE -> "Delegate";
            case MEMBER -> "Member";
            case ICB -> "ICB";
            case ADMIN -> "Operator";
        };
    }

    public boolean delegate() {
        return role == Role.DELEGATE;
    }

    public boolean chairOrSecretariat() {
        return role == Role.CHAIR || role == Role.SECRETARIAT;
    }
}
