package org.mandateledger.projections.brief;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.issue.api.Term;

/**
 * A brief as its delegate reads it: the current version, its items with the position each rests
 * on, and a warning for every item the ledger has since moved beneath.
 */
public record BriefView(UUID id, int version, UUID appointment, UUID meeting, String forum, Instant startsAt, String meetingTitle,
                        UUID delegate, String confederation, Status status, Instant issuedAt, Instant acknowledgedAt, List<Item> items,
                        List<Warning> warnings, Feedback feedback) {

    public enum Status { ISSUED, ACKNOWLEDGED, FED_BACK }

    /**
     * One agenda item: {@code terms} are the texts of the position version it rests on, so the
     * delegate can read what {@code mayConcede} and {@code mustNotConcede} name.
     */
    public record Item(UUID issue, String title, String topic, AuthorityLevel authority, Integer positionVersion, String statement,
                       List<String> mayConcede, List<String> mustNotConcede, List<Term> terms, List<String> referBack, String notes) {
    }

    /** The feedback that closed the brief, or {@code null} before it. */
    public record Feedback(int version, Instant recordedAt, List<FeedbackItem> items, List<UnbriefedMatter> unbriefed) {
    }

    public record FeedbackItem(UUID issue, org.mandateledger.meeting.api.Outcome outcome, String summary, List<String> conceded,
                               List<String> commitments) {
    }

    public record UnbriefedMatter(String topic, String summary) {
    }

    /** Why an item is exceeded. */
    public enum Reason { CONFEDERATION_AUTHORITY_FELL, POSITION_SUPERSEDED }

    /** {@code authority} is what could be granted on the item now; {@code reasons} say why it is less than the brief grants. */
    public record Warning(String code, UUID issue, AuthorityLevel authority, List<Reason> reasons) {

        public static final String BRIEF_EXCEEDED = "BRIEF_EXCEEDED";
    }
}
