package org.mandateledger.api.pages;

import java.util.Map;
import java.util.Optional;
import org.mandateledger.api.security.LedgerUser;

/**
 * A part of the home page, given by a feature for the people it concerns: a delegate's upcoming
 * briefs, a chair's confederations and what needs their attention. Each feature reads through its
 * own REST controller, so the home page shows nothing the API would not.
 */
public interface HomeSection {

    /** This feature's part of {@code user}'s home page, or empty if it has nothing for them. */
    Optional<Part> forUser(LedgerUser user);

    /**
     * {@code template} names a template whose fragment {@code section(part)} draws the part;
     * {@code order} places it (lowest first); {@code model} is what the fragment reads.
     */
    record Part(int order, String template, Map<String, Object> model) {
    }
}
