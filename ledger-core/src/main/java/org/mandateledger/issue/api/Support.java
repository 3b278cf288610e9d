package org.mandateledger.issue.api;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.mandateledger.organisation.api.OrganisationCode;

/** The recorded stance of member practices on a position; a practice stands in one list at most. */
public record Support(SortedSet<OrganisationCode> supporting, SortedSet<OrganisationCode> against, SortedSet<OrganisationCode> abstaining) {

    public Support {
        supporting = frozen(supporting);
        against = frozen(against);
        abstaining = frozen(abstaining);
    }

    /** A list not given is empty; what is recorded can never change afterwards. */
    private static SortedSet<OrganisationCode> frozen(Set<OrganisationCode> codes) {
        return Collections.unmodifiableSortedSet(codes == null ? new TreeSet<>() : new TreeSet<>(codes));
    }

    public static Support of(Set<OrganisationCode> supporting, Set<OrganisationCode> against, Set<OrganisationCode> abstaining) {
        return new Support(frozen(supporting), frozen(against), frozen(abstaining));
    }

    public Set<OrganisationCode> everyone() {
        Set<OrganisationCode> all = new TreeSet<>(supporting);
        all.addAll(against);
        all.addAll(abstaining);
        return all;
    }
}
