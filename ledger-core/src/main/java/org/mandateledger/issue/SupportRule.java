package org.mandateledger.issue;

import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.confederation.api.MemberRoll;
import org.mandateledger.issue.api.Support;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.organisation.api.OrganisationCode;

/** Support is recorded from member practices only, each in one list at most (for, against or abstaining). */
final class SupportRule {

    private SupportRule() {
    }

    static void check(ConfederationSlug confederation, Support support, MemberRoll members) {
        Set<OrganisationCode> seen = new HashSet<>();
        for (Set<OrganisationCode> list : java.util.List.of(support.supporting(), support.against(), support.abstaining())) {
            for (OrganisationCode practice : list) {
                if (!seen.add(practice)) {
                    throw new DomainRuleViolation("SUPPORT_OVERLAPS", practice.value() + " stands in more than one of for, against and abstain");
                }
            }
        }
        SortedSet<OrganisationCode> outside = members.notMemberPractices(confederation, seen);
        if (!outside.isEmpty()) {
            throw new DomainRuleViolation("SUPPORT_NOT_A_MEMBER_PRACTICE", outside.first().value() + " is not a member practice of "
                    + confederation.value() + ": only member practices back a position");
        }
    }
}
