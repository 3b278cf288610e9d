package org.mandateledger.projections.organisation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ListSizeRepository extends JpaRepository<ListSizeEntry, String> {

    @Query("select l from ListSizeEntry l where l.code in :codes and l.recordedAt <= :at order by l.recordedAt")
    List<ListSizeEntry> recordedBy(@Param("codes") Collection<String> codes, @Param("at") Instant at);
}
