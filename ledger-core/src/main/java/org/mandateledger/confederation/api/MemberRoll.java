package org.mandateledger.confederation.api;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import org.mandateledger.organisation.api.OrganisationCode;

/**
 * Who belongs to a confederation now, as recorded: for commands of other aggregates that must
 * act only for members (an issue raised by a member; support counted from member practices).
 * Answered from a consistent source, never from a projection that may lag.
 */
public interface MemberRoll {

    boolean isMember(ConfederationSlug confederation, OrganisationCode organisation);

    /** A member that is a practice: only practices back positions and mandates in coverage. */
    boolean isMemberPractice(ConfederationSlug confederation, OrganisationCode organisation);

    /** Those of the given organisations that are not member practices now, in code order. */
    default SortedSet<OrganisationCode> notMemberPractices(ConfederationSlug confederation, Collection<OrganisationCode> organisations) {
        SortedSet<OrganisationCode> outside = new TreeSet<>();
        for (OrganisationCode organisation : organisations) {
            if (!isMemberPractice(confederation, organisation)) {
                outside.add(organisation);
            }
        }
        return outside;
    }
}
