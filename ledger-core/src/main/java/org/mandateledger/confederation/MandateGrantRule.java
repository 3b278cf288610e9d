package org.mandateledger.confederation;

import java.time.LocalDate;
import java.util.Set;
import org.mandateledger.confederation.api.GrantMandate;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.organisation.api.OrganisationCode;

/** Who may grant, and what a grant may say: only a member organisation, for a period that has not already ended. */
final class MandateGrantRule {

    private MandateGrantRule() {
    }

    static void check(GrantMandate grant, Set<OrganisationCode> members, LocalDate today) {
        if (!members.contains(grant.grantor())) {
            throw new DomainRuleViolation("GRANTOR_NOT_A_MEMBER",
                    grant.grantor().value() + " is not a member of " + grant.confederation().value() + " and cannot grant it a mandate");
        }
        if (grant.validUntil() != null && grant.validUntil().isBefore(grant.validFrom())) {
            throw new DomainRuleViolation("INVALID_VALIDITY",
                    "validUntil " + grant.validUntil() + " is before validFrom " + grant.validFrom());
        }
        if (grant.validUntil() != null && grant.validUntil().isBefore(today)) {
            throw new DomainRuleViolation("MANDATE_ALREADY_LAPSED",
                    "validUntil " + grant.validUntil() + " has passed: the mandate would never count");
        }
    }
}
