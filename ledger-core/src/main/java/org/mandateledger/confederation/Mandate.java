package org.mandateledger.confederation;

import java.time.LocalDate;
import org.mandateledger.authority.ApplicableMandate;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Validity;
import org.mandateledger.confederation.api.MandateId;
import org.mandateledger.confederation.api.MandateStatus;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicScope;

/** A grant as the confederation keeps it: whether it still stands is decided here, once. */
record Mandate(MandateId id, OrganisationCode grantor, TopicScope scope, AuthorityLevel ceiling, Validity validity, End end)
        implements ApplicableMandate.Candidate {

    /** How a mandate stopped standing before its end date, if it did. */
    enum End { WITHDRAWN, SUPERSEDED }

    Mandate(MandateId id, OrganisationCode grantor, TopicScope scope, AuthorityLevel ceiling, Validity validity) {
        this(id, grantor, scope, ceiling, validity, null);
    }

    Mandate ended(End how) {
        return new Mandate(id, grantor, scope, ceiling, validity, how);
    }

    MandateStatus statusOn(LocalDate day) {
        if (end == End.WITHDRAWN) {
            return MandateStatus.WITHDRAWN;
        }
        if (end == End.SUPERSEDED) {
            return MandateStatus.SUPERSEDED;
        }
        return validity.lapsedOn(day) ? MandateStatus.LAPSED : MandateStatus.ACTIVE;
    }

    /** Neither ended nor lapsed: it counts now or will from its first day. */
    boolean activeOn(LocalDate day) {
        return statusOn(day) == MandateStatus.ACTIVE;
    }
}
