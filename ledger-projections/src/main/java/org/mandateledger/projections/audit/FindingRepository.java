package org.mandateledger.projections.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mandateledger.audit.api.FindingType;
import org.springframework.data.jpa.repository.JpaRepository;

interface FindingRepository extends JpaRepository<FindingEntry, UUID> {

    List<FindingEntry> findByConfederationOrderByRaisedAtAscIdAsc(String confederation);

    Optional<FindingEntry> findFirstByBriefAndIssueAndType(UUID brief, UUID issue, FindingType type);
}
