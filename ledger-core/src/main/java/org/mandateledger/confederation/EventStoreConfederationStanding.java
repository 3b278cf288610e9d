package org.mandateledger.confederation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.mandateledger.authority.AdoptionRule;
import org.mandateledger.authority.ApplicableMandate;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.CoverageRule;
import org.mandateledger.authority.DualMajority;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.confederation.api.ConfederationStanding;
import org.mandateledger.ledger.LedgerClock;
import org.mandateledger.organisation.api.ListSizeRecorded;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.organisation.api.OrganisationKind;
import org.mandateledger.organisation.api.OrganisationRegistered;
import org.mandateledger.topic.EventStoreTopicLineage;
import org.mandateledger.topic.api.TopicSlug;

/**
 * The confederation's standing read from the event store itself, in the command's own
 * transaction (as {@link EventStoreMemberRoll} does): its stream up to the instant judged gives
 * the constitution, the members and the mandates; each member's stream its kind and its list size
 * as last recorded by then; the topic's stream its parent. The same rules the projections apply
 * ({@link CoverageRule}, {@link ApplicableMandate}, {@link DualMajority}) decide, so a command
 * and a read model can never disagree on the rule, only on how much of the ledger they have seen.
 */
public class EventStoreConfederationStanding implements ConfederationStanding {

    private final EventStore eventStore;
    private final EventStoreTopicLineage lineage;

    public EventStoreConfederationStanding(EventStore eventStore) {
        this.eventStore = eventStore;
        this.lineage = new EventStoreTopicLineage(eventStore);
    }

    @Override
    public AuthorityLevel authorityOn(ConfederationSlug confederation, TopicSlug topic) {
        Instant now = LedgerClock.now();
        ConfederationRecord recorded = read(confederation, now);
        if (recorded.constitution() == null) {
            return AuthorityLevel.OBSERVE;
        }
        List<TopicSlug> topicLineage = lineage.of(topic);
        LocalDate today = LedgerClock.dayAt(now);
        List<CoverageRule.MemberPractice> practices = new ArrayList<>();
        for (Map.Entry<OrganisationCode, Long> practice : memberPractices(recorded.members(), now).entrySet()) {
            List<Mandate> inForce = recorded.mandates().stream()
                    .filter(m -> m.grantor().equals(practice.getKey()) && inForceOn(m, today))
                    .toList();
            Optional<AuthorityLevel> ceiling = ApplicableMandate.select(inForce, topicLineage).map(Mandate::ceiling);
            practices.add(new CoverageRule.MemberPractice(practice.getKey().value(), practice.getValue(), ceiling));
        }
        return CoverageRule.of(practices, recorded.constitution().thresholds()).authority();
    }

    @Override
    public boolean adopts(ConfederationSlug confederation, Set<OrganisationCode> supporting, Instant recordedAt) {
        ConfederationRecord recorded = read(confederation, recordedAt);
        if (recorded.constitution() == null) {
            return false;
        }
        Map<String, Long> practices = new LinkedHashMap<>();
        memberPractices(recorded.members(), recordedAt).forEach((code, patients) -> practices.put(code.value(), patients));
        return AdoptionRule.of(practices, supporting.stream().map(OrganisationCode::value).toList()).adopted(recorded.constitution().adoption());
    }

    /** Counted on a day: not withdrawn, not yet replaced, and within its validity. */
    private static boolean inForceOn(Mandate mandate, LocalDate day) {
        return mandate.activeOn(day) && mandate.validity().inForceOn(day);
    }

    /** The member practices as recorded by {@code at}, each with its list size as last recorded by then (0 when none), in code order. */
    private Map<OrganisationCode, Long> memberPractices(Set<OrganisationCode> members, Instant at) {
        Map<OrganisationCode, Long> practices = new LinkedHashMap<>();
        for (OrganisationCode member : new TreeSet<>(members)) {
            OrganisationKind kind = null;
            long patients = 0;
            DomainEventStream stream = eventStore.readEvents(member.aggregateId());
            while (stream.hasNext()) {
                DomainEventMessage<?> event = stream.next();
                if (event.getTimestamp().isAfter(at)) {
                    break;
                }
                if (event.getPayload() instanceof OrganisationRegistered registered) {
                    kind = registered.kind();
                } else if (event.getPayload() instanceof ListSizeRecorded listSize) {
                    patients = listSize.registeredPatients();
                }
            }
            if (kind == OrganisationKind.PRACTICE) {
                practices.put(member, patients);
            }
        }
        return practices;
    }

    /** The confederation's stream folded up to an instant. */
    private ConfederationRecord read(ConfederationSlug confederation, Instant at) {
        ConfederationRecord recorded = new ConfederationRecord();
        DomainEventStream stream = eventStore.readEvents(confederation.toString());
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(at)) {
                break;
            }
            recorded.apply(event.getPayload());
        }
        return recorded;
    }
}
