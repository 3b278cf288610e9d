package org.mandateledger.projections.forum;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForumRepository extends JpaRepository<ForumEntry, String> {
}
