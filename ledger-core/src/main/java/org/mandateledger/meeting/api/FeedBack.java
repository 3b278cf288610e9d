package org.mandateledger.meeting.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.topic.api.TopicSlug;

/** feed-back: the briefed delegate reports on the brief once the meeting has started. */
public record FeedBack(@TargetAggregateIdentifier MeetingId meeting, BriefId brief, PersonId delegate, List<ItemOutcome> items,
                       List<Unbriefed> unbriefed, List<Action> actions) {

    public FeedBack {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(delegate, "delegate");
        items = items == null ? List.of() : List.copyOf(items);
        unbriefed = unbriefed == null ? List.of() : List.copyOf(unbriefed);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** What came of one item of the brief: the terms conceded (term ids) and commitments made. */
    public record ItemOutcome(IssueId issue, Outcome outcome, String summary, List<String> conceded, List<String> commitments) {

        public ItemOutcome {
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(outcome, "outcome");
            conceded = conceded == null ? List.of() : List.copyOf(conceded);
            commitments = commitments == null ? List.of() : List.copyOf(commitments);
        }
    }

    /** A matter spoken on without a brief. */
    public record Unbriefed(TopicSlug topic, String summary) {

        public Unbriefed {
            Objects.requireNonNull(topic, "topic");
        }
    }

    /** An action picked up at the meeting: {@code owner} is an organisation, {@code due} a London calendar day. */
    public record Action(ActionId id, String description, OrganisationCode owner, LocalDate due) {

        public Action {
            Objects.requireNonNull(id, "action id");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(due, "due");
        }
    }
}
