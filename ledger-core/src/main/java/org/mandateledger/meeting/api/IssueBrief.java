package org.mandateledger.meeting.api;

import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.issue.api.IssueId;

/**
 * brief-delegate: a brief for one appointed delegate at this meeting. {@code brief} is the id a
 * first brief takes; a brief already issued for the appointment keeps its id and gains a version.
 */
public record IssueBrief(@TargetAggregateIdentifier MeetingId meeting, BriefId brief, AppointmentId appointment, List<Item> items) {

    public IssueBrief {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(appointment, "appointment");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a brief has at least one item");
        }
    }

    /**
     * One agenda item as asked for.
     *
     * @param mayConcede negotiable term ids the delegate may concede; {@code null} for the default
     *                   (every negotiable term, when the authority lets the delegate concede at all)
     */
    public record Item(IssueId issue, AuthorityLevel authority, List<String> mayConcede, List<String> referBack, String notes) {

        public Item {
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(authority, "authority");
            mayConcede = mayConcede == null ? null : List.copyOf(mayConcede);
            referBack = referBack == null ? List.of() : List.copyOf(referBack);
        }
    }
}
