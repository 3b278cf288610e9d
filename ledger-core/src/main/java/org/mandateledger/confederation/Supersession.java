package org.mandateledger.confederation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.mandateledger.confederation.api.MandateId;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicScope;

/**
 * A new mandate supersedes the grantor's active mandates that name any of the same topics; a
 * {@code *} mandate supersedes the previous {@code *} one. Other grantors' mandates are never touched.
 */
final class Supersession {

    private Supersession() {
    }

    static List<MandateId> supersededBy(OrganisationCode grantor, TopicScope scope, Collection<Mandate> mandates, LocalDate today) {
        return mandates.stream()
                .filter(m -> m.grantor().equals(grantor))
                .filter(m -> m.activeOn(today))
                .filter(m -> m.scope().overlaps(scope))
                .map(Mandate::id)
                .toList();
    }
}
