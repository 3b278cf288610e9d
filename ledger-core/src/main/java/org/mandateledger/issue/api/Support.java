package org.mandateledger.issue.api;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.mandateledger.organisation.api.OrganisationCode;

/** The recorded stance of member practices on a position; a practice stands in one list at most. */
public record Support(SortedSet<OrganisationCode> supporting, SortedSet<OrganisationCode> against, SortedSet<OrganisationCode> abstaining) {

    public Support {
        supporting = new TreeSet<>(supporting);
        against = new TreeSet<>(against);
        abstaining = new TreeSet<>(abstaining);
    }

    public static Support of(Set<OrganisationCode> supporting, Set<OrganisationCode> against, Set<OrganisationCode> abstaining) {
        return new Support(new TreeSet<>(supporting), new TreeSet<>(against), new TreeSet<>(abstaining));
    }

    public Set<OrganisationCode> everyone() {
        Set<OrganisationCode> all = new TreeSet<>(supporting);
        all.addAll(against);
        all.addAll(abstaining);
        return all;
    }
}
