package org.mandateledger.projections.mandate;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MandateRepository extends JpaRepository<MandateEntry, UUID> {

    List<MandateEntry> findByConfederationOrderByGrantedAtAscIdAsc(String confederation);
}
