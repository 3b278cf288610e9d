package org.mandateledger.api.pages;

import org.mandateledger.api.security.LedgerUser;
import org.mandateledger.api.security.Role;

/** Who is looking at a page, as the layout shows them: their user name, role and reach. */
public record Viewer(String username, Role role, String reach) {

    static Viewer of(LedgerUser user) {
        return new Viewer(user.username(), user.role(), user.reachesEverywhere() ? "every confederation" : user.confederation());
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
