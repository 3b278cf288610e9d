package org.mandateledger.projections.person;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<PersonEntry, UUID> {

    List<PersonEntry> findByLogin(String login);
}
