package org.mandateledger.projections.register;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IssueRepository extends JpaRepository<IssueEntry, UUID> {

    List<IssueEntry> findByConfederationOrderByRaisedAtAscIdAsc(String confederation);
}
