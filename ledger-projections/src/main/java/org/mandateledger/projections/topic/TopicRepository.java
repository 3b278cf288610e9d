package org.mandateledger.projections.topic;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<TopicEntry, String> {
}
