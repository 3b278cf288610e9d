package org.mandateledger.projections.confederation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConfederationRepository extends JpaRepository<ConfederationEntry, String> {
}
