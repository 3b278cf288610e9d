package org.mandateledger.projections.speaking;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppointmentRepository extends JpaRepository<AppointmentEntry, UUID> {

    List<AppointmentEntry> findByConfederationOrderByAppointedAtAscIdAsc(String confederation);
}
