package org.mandateledger.confederation;

import java.time.LocalDate;
import org.mandateledger.authority.ApplicableMandate;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Validity;
import org.mandateledger.confederation.api.MandateId;
import org.mandateledger.confederation.api.MandateStatus;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicScope;

/**
 * A grant as the confederation keeps it; where it stands on a day is decided here, once:
 * withdrawn, superseded from a day, lapsed after its last day, or active.
 */
record Mandate(MandateId id, OrganisationCode grantor, TopicScope scope, AuthorityLevel ceiling, Validity validity,
               boolean withdrawn, LocalDate supersededFrom) implements ApplicableMandate.Candidate {

    Mandate(MandateId id, OrganisationCode grantor, TopicScope scope, AuthorityLevel ceiling, Validity validity) {
        this(id, grantor, scope, ceiling, validity, false, null);
    }

    Mandate withdraw() {
        return new Mandate(id, grantor, scope, ceiling, validity, true, supersededFrom);
    }

    /** Replaced from {@code day}, or from the earlier day already recorded. */
    Mandate supersedeFrom(LocalDate day) {
        LocalDate from = supersededFrom != null && supersededFrom.isBefore(day) ? supersededFrom : day;
        return new Mandate(id, grantor, scope, ceiling, validity, withdrawn, from);
    }

    /** Already replaced by a later grant, now or from a day to come. */
    boolean supersessionRecorded() {
        return supersededFrom != null;
    }

    MandateStatus statusOn(LocalDate day) {
        if (withdrawn) {
            return MandateStatus.WITHDRAWN;
        }
        if (supersededFrom != null && !day.isBefore(supersededFrom)) {
            return MandateStatus.SUPERSEDED;
        }
        return validity.lapsedOn(day) ? MandateStatus.LAPSED : MandateStatus.ACTIVE;
    }

    /** Neither ended nor lapsed on that day: it counts then, or will from its first day. */
    boolean activeOn(LocalDate day) {
        return statusOn(day) == MandateStatus.ACTIVE;
    }
}
