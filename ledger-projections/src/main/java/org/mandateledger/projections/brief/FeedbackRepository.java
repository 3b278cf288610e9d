package org.mandateledger.projections.brief;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<FeedbackEntry, UUID> {
}
