package org.mandateledger.confederation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.mandateledger.confederation.api.MandateId;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicScope;

/**
 * A new mandate supersedes the grantor's active mandates that name any of the same topics; a
 * {@code *} mandate supersedes the previous {@code *} one. It takes effect on the new mandate's
 * first day (today if that has come), so the old one counts until the new one does. A mandate
 * that will have lapsed by then, or is already due to be replaced by then, is left as it is; one
 * due to be replaced only later is replaced from this earlier day. Other grantors' mandates are
 * never touched.
 */
final class Supersession {

    private Supersession() {
    }

    /** The first day on which a mandate starting {@code validFrom}, granted {@code today}, replaces the old ones. */
    static LocalDate effectiveFrom(LocalDate validFrom, LocalDate today) {
        return validFrom.isAfter(today) ? validFrom : today;
    }

    static List<MandateId> supersededBy(OrganisationCode grantor, TopicScope scope, Collection<Mandate> mandates, LocalDate today,
                                        LocalDate from) {
        return mandates.stream()
                .filter(m -> m.grantor().equals(grantor))
                .filter(m -> m.activeOn(today) && (!m.supersessionRecorded() || m.supersededFrom().isAfter(from)))
                .filter(m -> !m.validity().lapsedOn(from))
                .filter(m -> m.scope().overlaps(scope))
                .map(Mandate::id)
                .toList();
    }
}
