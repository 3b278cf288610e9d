package org.mandateledger.projections.brief;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BriefVersionRepository extends JpaRepository<BriefVersionEntry, String> {

    Optional<BriefVersionEntry> findFirstByBriefOrderByVersionDesc(UUID brief);

    Optional<BriefVersionEntry> findFirstByBriefAndSupersededAtIsNull(UUID brief);

    List<BriefVersionEntry> findByPersonInAndSupersededAtIsNull(List<UUID> people);

    List<BriefVersionEntry> findByAppointmentOrderByIssuedAtAsc(UUID appointment);

    List<BriefVersionEntry> findByConfederationOrderByIssuedAtAsc(String confederation);
}
