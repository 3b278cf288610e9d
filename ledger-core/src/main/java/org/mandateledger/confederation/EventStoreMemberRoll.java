package org.mandateledger.confederation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
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
        return members(confederation).contains(organisation);
    }

    @Override
    public boolean isMemberPractice(ConfederationSlug confederation, OrganisationCode organisation) {
        return isMember(confederation, organisation) && kindOf(organisation) == OrganisationKind.PRACTICE;
    }

    /** Reads the confederation's stream once for all the organisations asked about. */
    @Override
    public SortedSet<OrganisationCode> notMemberPractices(ConfederationSlug confederation, Collection<OrganisationCode> organisations) {
        Set<OrganisationCode> members = members(confederation);
        SortedSet<OrganisationCode> outside = new TreeSet<>();
        for (OrganisationCode organisation : organisations) {
            if (!members.contains(organisation) || kindOf(organisation) != OrganisationKind.PRACTICE) {
                outside.add(organisation);
            }
        }
        return outside;
    }

    /** The members now: every admission and departure in the confederation's stream, in order. */
    private Set<OrganisationCode> members(ConfederationSlug confederation) {
        Set<OrganisationCode> members = new HashSet<>();
        DomainEventStream stream = eventStore.readEvents(confederation.toString());
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof MemberAdmitted admitted) {
                members.add(admitted.member());
            } else if (payload instanceof MemberLeft left) {
                members.remove(left.member());
            }
        }
        return members;
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
