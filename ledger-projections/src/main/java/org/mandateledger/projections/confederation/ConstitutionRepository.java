package org.mandateledger.projections.confederation;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConstitutionRepository extends JpaRepository<ConstitutionEntry, String> {

    java.util.List<ConstitutionEntry> findByConfederationAndRecordedAtLessThanEqualOrderByRecordedAtAsc(String confederation, Instant at);
}
