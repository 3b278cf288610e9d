package org.mandateledger.projections.organisation;

import java.util.Collection;
import java.util.List;
import org.mandateledger.organisation.api.OrganisationKind;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<OrganisationEntry, String> {

    @Query("""
            select o from OrganisationEntry o
            where (:kind is null or o.kind = :kind)
              and (:q is null or lower(o.name) like :q or lower(o.code) like :q)
              and (:after is null or o.code > :after)
            order by o.code""")
    List<OrganisationEntry> page(@Param("kind") OrganisationKind kind, @Param("q") String q, @Param("after") String after, Limit limit);

    List<OrganisationEntry> findByCodeIn(Collection<String> codes);
}
