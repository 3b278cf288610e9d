package org.mandateledger.projections.confederation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<MembershipEntry, String> {

    List<MembershipEntry> findByConfederation(String confederation);

    List<MembershipEntry> findByConfederationIn(java.util.Collection<String> confederations);

    Optional<MembershipEntry> findFirstByConfederationAndMemberAndLeftAtIsNull(String confederation, String member);
}
