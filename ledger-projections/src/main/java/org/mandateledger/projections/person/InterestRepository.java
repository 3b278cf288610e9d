package org.mandateledger.projections.person;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterestRepository extends JpaRepository<InterestEntry, UUID> {

    List<InterestEntry> findByPersonOrderByDeclaredAt(UUID person);
}
