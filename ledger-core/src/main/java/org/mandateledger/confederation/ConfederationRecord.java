package org.mandateledger.confederation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.mandateledger.authority.Validity;
import org.mandateledger.confederation.api.ConfederationFormed;
import org.mandateledger.confederation.api.ConstitutionAmended;
import org.mandateledger.confederation.api.Constitution;
import org.mandateledger.confederation.api.MandateGranted;
import org.mandateledger.confederation.api.MandateId;
import org.mandateledger.confederation.api.MandateSuperseded;
import org.mandateledger.confederation.api.MandateWithdrawn;
import org.mandateledger.confederation.api.MemberAdmitted;
import org.mandateledger.confederation.api.MemberLeft;
import org.mandateledger.organisation.api.OrganisationCode;

/**
 * A confederation's constitution, members and mandates as its events leave them: one fold, used
 * by the aggregate and by {@link EventStoreConfederationStanding}, so both read the stream alike.
 * Mandates are kept in the order granted.
 */
final class ConfederationRecord {

    private Constitution constitution;
    private final Set<OrganisationCode> members = new LinkedHashSet<>();
    private final Set<OrganisationCode> formerMembers = new LinkedHashSet<>();
    private final Map<MandateId, Mandate> mandates = new LinkedHashMap<>();

    /** Applies one event of the confederation's stream; events of other kinds change nothing here. */
    void apply(Object event) {
        if (event instanceof ConfederationFormed formed) {
            constitution = formed.constitution();
        } else if (event instanceof ConstitutionAmended amended) {
            constitution = amended.constitution();
        } else if (event instanceof MemberAdmitted admitted) {
            members.add(admitted.member());
            formerMembers.remove(admitted.member());
        } else if (event instanceof MemberLeft left) {
            members.remove(left.member());
            formerMembers.add(left.member());
        } else if (event instanceof MandateGranted granted) {
            mandates.put(granted.mandate(), new Mandate(granted.mandate(), granted.grantor(), granted.topics(), granted.ceiling(),
                    new Validity(granted.validFrom(), granted.validUntil())));
        } else if (event instanceof MandateSuperseded superseded) {
            mandates.computeIfPresent(superseded.mandate(), (id, m) -> m.supersedeFrom(superseded.from()));
        } else if (event instanceof MandateWithdrawn withdrawn) {
            mandates.computeIfPresent(withdrawn.mandate(), (id, m) -> m.withdraw());
        }
    }

    Constitution constitution() {
        return constitution;
    }

    Set<OrganisationCode> members() {
        return Collections.unmodifiableSet(members);
    }

    boolean isMember(OrganisationCode organisation) {
        return members.contains(organisation);
    }

    boolean isFormerMember(OrganisationCode organisation) {
        return formerMembers.contains(organisation);
    }

    Mandate mandate(MandateId id) {
        return mandates.get(id);
    }

    boolean hasMandate(MandateId id) {
        return mandates.containsKey(id);
    }

    /** Every mandate recorded, in the order granted. */
    Collection<Mandate> mandates() {
        return Collections.unmodifiableCollection(mandates.values());
    }
}
