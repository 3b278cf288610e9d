package org.mandateledger.projections.mandate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.confederation.api.MandateStatus;

public record MandateView(UUID id, String confederation, String grantor, List<String> topics, AuthorityLevel ceiling,
                          LocalDate validFrom, LocalDate validUntil, String terms, String evidence, MandateStatus status,
                          Instant grantedAt, Instant withdrawnAt, String withdrawalReason, UUID supersededBy,
                          LocalDate supersededFrom) {

    /** The mandate without its terms (the grantor's conditions), as system partners see it. */
    public MandateView withoutTerms() {
        return new MandateView(id, confederation, grantor, topics, ceiling, validFrom, validUntil, null, evidence, status, grantedAt,
                withdrawnAt, withdrawalReason, supersededBy, supersededFrom);
    }
}
