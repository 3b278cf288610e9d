package org.mandateledger.projections.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionRepository extends JpaRepository<ActionEntry, UUID> {

    List<ActionEntry> findByConfederationOrderByDueAscIdAsc(String confederation);
}
