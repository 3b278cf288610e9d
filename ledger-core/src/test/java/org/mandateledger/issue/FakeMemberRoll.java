package org.mandateledger.issue;

import java.util.Set;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.confederation.api.MemberRoll;
import org.mandateledger.organisation.api.OrganisationCode;

/**
 * The member roll of one confederation, as the tests set it: who is a member, and which of them
 * are practices. Every other confederation has no members, so a rule that asks about the wrong
 * confederation is refused.
 */
record FakeMemberRoll(ConfederationSlug confederation, Set<OrganisationCode> members, Set<OrganisationCode> practices)
        implements MemberRoll {

    FakeMemberRoll {
        members = Set.copyOf(members);
        practices = Set.copyOf(practices);
    }

    @Override
    public boolean isMember(ConfederationSlug asked, OrganisationCode organisation) {
        return confederation.equals(asked) && members.contains(organisation);
    }

    @Override
    public boolean isMemberPractice(ConfederationSlug asked, OrganisationCode organisation) {
        return isMember(asked, organisation) && practices.contains(organisation);
    }
}
