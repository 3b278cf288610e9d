package org.mandateledger.brief;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.mandateledger.appointment.api.AppointmentEnded;
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.appointment.api.DelegateAppointed;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Validity;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.confederation.api.ConfederationStanding;
import org.mandateledger.issue.api.IssueClosed;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.issue.api.IssueRaised;
import org.mandateledger.issue.api.PositionRecorded;
import org.mandateledger.issue.api.Term;
import org.mandateledger.person.api.InterestDeclared;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.topic.EventStoreTopicLineage;
import org.mandateledger.topic.api.TopicSlug;

/**
 * The briefing facts read from the event store itself, in the command's own transaction, so a
 * brief is judged against everything committed before it, whatever the projections' lag (ADR 0011).
 */
public class EventStoreBriefingRecord implements BriefingRecord {

    private final EventStore eventStore;
    private final ConfederationStanding standing;
    private final EventStoreTopicLineage lineage;

    public EventStoreBriefingRecord(EventStore eventStore, ConfederationStanding standing) {
        this.eventStore = eventStore;
        this.standing = standing;
        this.lineage = new EventStoreTopicLineage(eventStore);
    }

    @Override
    public Optional<AppointmentFacts> appointment(AppointmentId appointment) {
        DelegateAppointed appointed = null;
        boolean ended = false;
        DomainEventStream stream = eventStore.readEvents(appointment.toString());
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof DelegateAppointed a) {
                appointed = a;
            } else if (payload instanceof AppointmentEnded) {
                ended = true;
            }
        }
        if (appointed == null) {
            return Optional.empty();
        }
        return Optional.of(new AppointmentFacts(appointed.confederation(), appointed.person(), appointed.forums(), appointed.topics(),
                appointed.ceiling(), new Validity(appointed.from(), appointed.until()), ended));
    }

    @Override
    public Optional<IssueFacts> issue(IssueId issue) {
        IssueRaised raised = null;
        PositionRecorded current = null;
        Instant currentRecordedAt = null;
        boolean closed = false;
        DomainEventStream stream = eventStore.readEvents(issue.toString());
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getPayload() instanceof IssueRaised r) {
                raised = r;
            } else if (event.getPayload() instanceof PositionRecorded p) {
                current = p;
                currentRecordedAt = event.getTimestamp();
            } else if (event.getPayload() instanceof IssueClosed) {
                closed = true;
            }
        }
        if (raised == null) {
            return Optional.empty();
        }
        Optional<PositionFacts> position = Optional.empty();
        if (current != null) {
            boolean adopted = standing.adopts(raised.confederation(), current.support().supporting(), currentRecordedAt);
            position = Optional.of(new PositionFacts(current.version(), ids(current.essentialTerms()), ids(current.negotiableTerms()),
                    adopted));
        }
        return Optional.of(new IssueFacts(raised.confederation(), raised.topic(), raised.scope(), closed, position));
    }

    @Override
    public List<TopicSlug> lineage(TopicSlug topic) {
        return lineage.of(topic);
    }

    @Override
    public boolean interestDeclared(PersonId person, List<TopicSlug> topicLineage) {
        DomainEventStream stream = eventStore.readEvents(person.toString());
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof InterestDeclared interest && topicLineage.contains(interest.topic())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public AuthorityLevel confederationAuthority(ConfederationSlug confederation, TopicSlug topic) {
        return standing.authorityOn(confederation, topic);
    }

    private static List<String> ids(List<Term> terms) {
        return terms.stream().map(Term::id).toList();
    }
}
