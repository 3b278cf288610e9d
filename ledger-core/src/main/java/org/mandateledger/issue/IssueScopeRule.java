package org.mandateledger.issue;

import org.mandateledger.issue.api.IssueScope;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.organisation.api.OrganisationCode;

/** A reserved issue names the organisation it stays with; a collective one names none. */
final class IssueScopeRule {

    private IssueScopeRule() {
    }

    static void check(IssueScope scope, OrganisationCode reservedTo) {
        if (scope == IssueScope.RESERVED && reservedTo == null) {
            throw new DomainRuleViolation("RESERVED_TO_REQUIRED", "a RESERVED issue names the organisation it remains with (reservedTo)");
        }
        if (scope == IssueScope.COLLECTIVE && reservedTo != null) {
            throw new DomainRuleViolation("RESERVED_TO_NOT_ALLOWED", "a COLLECTIVE issue is the confederation's: it has no reservedTo");
        }
    }
}
