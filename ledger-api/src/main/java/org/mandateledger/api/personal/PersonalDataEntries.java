package org.mandateledger.api.personal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalDataEntries extends JpaRepository<PersonalDataEntry, UUID> {

    List<PersonalDataEntry> findBySubjectOrderByKeptAtAscFieldAsc(String subject);
}
