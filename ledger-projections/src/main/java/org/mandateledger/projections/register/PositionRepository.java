package org.mandateledger.projections.register;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PositionRepository extends JpaRepository<PositionEntry, String> {

    List<PositionEntry> findByIssueOrderByVersionAsc(UUID issue);
}
