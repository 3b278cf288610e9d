package org.mandateledger.confederation;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.confederation.api.MemberAdmitted;
import org.mandateledger.confederation.api.MemberLeft;
import org.mandateledger.confederation.api.MemberRoll;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.organisation.api.OrganisationKind;
import org.mandateledger.organisation.api.OrganisationRegistered;

/**
 * The member roll read from the event store itself, in the command's own transaction: the
 * confederation's stream gives who is a member now; the organisation's first event its kind,
 * which never changes. Consistent with everything committed, whatever the projections' lag.
 */
public class EventStoreMemberRoll implements MemberRoll {

    private final EventStore eventStore;

    public EventStoreMemberRoll(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean isMember(ConfederationSlug confederation, OrganisationCode organisation) {
        boolean member = false;
        DomainEventStream stream = eventStore.readEvents(confederation.toString());
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof MemberAdmitted admitted && admitted.member().equals(organisation)) {
                member = true;
            } else if (payload instanceof MemberLeft left && left.member().equals(organisation)) {
                member = false;
            }
        }
        return member;
    }

    @Override
    public boolean isMemberPractice(ConfederationSlug confederation, OrganisationCode organisation) {
        return isMember(confederation, organisation) && kindOf(organisation) == OrganisationKind.PRACTICE;
    }

    private OrganisationKind kindOf(OrganisationCode organisation) {
        DomainEventStream stream = eventStore.readEvents(organisation.aggregateId());
        if (stream.hasNext()) {
            DomainEventMessage<?> first = stream.next();
            if (first.getPayload() instanceof OrganisationRegistered registered) {
                return registered.kind();
            }
        }
        return null;
    }
}
