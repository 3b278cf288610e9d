package org.mandateledger.projections.meeting;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingRepository extends JpaRepository<MeetingEntry, UUID> {
}
