package org.mandateledger.projections.confederation;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConstitutionRepository extends JpaRepository<ConstitutionEntry, String> {

    Optional<ConstitutionEntry> findFirstByConfederationAndRecordedAtLessThanEqualOrderByRecordedAtDesc(String confederation, Instant at);
}
