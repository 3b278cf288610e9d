package org.mandateledger.projections.brief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.issue.api.Term;
import org.mandateledger.ledger.LedgerClock;
import org.mandateledger.projections.coverage.CoverageQueries;
import org.mandateledger.projections.coverage.CoverageView;
import org.mandateledger.projections.meeting.MeetingQueries;
import org.mandateledger.projections.meeting.MeetingView;
import org.mandateledger.projections.register.IssueView;
import org.mandateledger.projections.register.RegisterQueries;
import org.mandateledger.projections.topic.TopicQueries;
import org.mandateledger.topic.api.TopicSlug;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Briefs as their delegates and chairs read them, and the briefs behind speaking rights. Whether
 * a brief is exceeded is derived when asked, as at the instant asked, from the coverage and the
 * register (never stored), so it changes the moment a withdrawal or a new position is recorded.
 */
@Service
@Transactional(readOnly = true)
public class BriefQueries {

    private final BriefVersionRepository versions;
    private final FeedbackRepository feedback;
    private final MeetingQueries meetings;
    private final RegisterQueries register;
    private final CoverageQueries coverage;
    private final TopicQueries topics;

    BriefQueries(BriefVersionRepository versions, FeedbackRepository feedback, MeetingQueries meetings, RegisterQueries register,
                 CoverageQueries coverage, TopicQueries topics) {
        this.versions = versions;
        this.feedback = feedback;
        this.meetings = meetings;
        this.register = register;
        this.coverage = coverage;
        this.topics = topics;
    }

    /** Who a brief is for and where it belongs, to decide who may read or act on it. */
    public record Owner(UUID brief, UUID meeting, UUID person, String confederation) {
    }

    /** A brief behind a speaker's authority: {@code authority} is the most its items on the topic grant. */
    public record SpeakingBrief(UUID id, UUID meeting, AuthorityLevel authority) {
    }

    public Optional<Owner> owner(UUID brief) {
        return versions.findFirstByBriefOrderByVersionDesc(brief).map(v -> new Owner(v.brief, v.meeting, v.person, v.confederation));
    }

    /** The brief's current version, with its warnings as at {@code now}. */
    public Optional<BriefView> find(UUID brief, Instant now) {
        return versions.findFirstByBriefOrderByVersionDesc(brief).map(v -> view(v, now));
    }

    /** The current briefs of these people, by meeting time; only meetings yet to start when {@code upcoming}. */
    public List<BriefView> of(List<UUID> people, boolean upcoming, Instant now) {
        if (people.isEmpty()) {
            return List.of();
        }
        return versions.findByPersonInAndSupersededAtIsNull(people).stream()
                .map(v -> view(v, now))
                .filter(b -> !upcoming || b.startsAt() == null || b.startsAt().isAfter(now))
                .sorted(Comparator.comparing(BriefView::startsAt, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(BriefView::id))
                .toList();
    }

    /** A confederation's current briefs, by meeting time; only meetings yet to start when {@code upcoming}. */
    public List<BriefView> ofConfederation(String confederation, boolean upcoming, Instant now) {
        return versions.findByConfederationOrderByIssuedAtAsc(confederation).stream()
                .filter(v -> v.supersededAt == null)
                .map(v -> view(v, now))
                .filter(b -> !upcoming || b.startsAt() == null || b.startsAt().isAfter(now))
                .sorted(Comparator.comparing(BriefView::startsAt, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(BriefView::id))
                .toList();
    }

    /**
     * The briefs an appointment held at {@code at} for meetings on that day or later (of the
     * forum, when one is asked for), with the most any of their items grants on an issue of the
     * topic or an ancestor — the issues whose positions a speaker on the topic may state.
     */
    public List<SpeakingBrief> forSpeaker(UUID appointment, String topic, String forum, Instant at) {
        LocalDate day = LedgerClock.dayAt(at);
        List<String> lineage = topics.lineage(topic, at).stream().map(TopicSlug::value).toList();
        List<SpeakingBrief> briefs = new ArrayList<>();
        List<BriefVersionEntry> current = versions.findByAppointmentOrderByIssuedAtAsc(appointment).stream()
                .filter(version -> version.currentAt(at)).toList();
        Map<UUID, MeetingView> held = meetings.find(current.stream().map(version -> version.meeting).toList());
        for (BriefVersionEntry version : current) {
            Optional<MeetingView> meeting = Optional.ofNullable(held.get(version.meeting));
            if (meeting.isEmpty() || LedgerClock.dayAt(meeting.get().startsAt()).isBefore(day)
                    || (forum != null && !forum.equals(meeting.get().forum()))) {
                continue;
            }
            version.items.stream()
                    .filter(item -> lineage.contains(item.topic))
                    .map(item -> item.authority)
                    .max(Comparator.naturalOrder())
                    .ifPresent(authority -> briefs.add(new SpeakingBrief(version.brief, version.meeting, authority)));
        }
        return briefs;
    }

    /** A brief as the audit judges it at an instant: the version current then, its meeting, feedback and warnings. */
    public record Audited(UUID brief, int version, UUID meeting, UUID person, Instant startsAt, Instant fedBackAt,
                          List<BriefView.Warning> warnings) {
    }

    /** The confederation's briefs as they stood at {@code at}, each with its warnings judged then. */
    public List<Audited> auditAt(String confederation, Instant at) {
        List<Audited> audited = new ArrayList<>();
        for (BriefVersionEntry version : versions.findByConfederationOrderByIssuedAtAsc(confederation)) {
            if (!version.currentAt(at)) {
                continue;
            }
            BriefView view = view(version, at);
            audited.add(new Audited(version.brief, version.version, version.meeting, version.person, view.startsAt(),
                    version.fedBackAt != null && !version.fedBackAt.isAfter(at) ? version.fedBackAt : null, view.warnings()));
        }
        return audited;
    }

    private BriefView view(BriefVersionEntry v, Instant now) {
        Optional<MeetingView> meeting = meetings.find(v.meeting);
        // A brief speaks for its meeting: once the meeting has started, it is judged as it stood then.
        Instant judged = meeting.map(MeetingView::startsAt).filter(now::isAfter).orElse(now);
        List<BriefView.Item> items = new ArrayList<>();
        List<BriefView.Warning> warnings = new ArrayList<>();
        for (int i = 0; i < v.items.size(); i++) {
            BriefVersionEntry.ItemColumns item = v.items.get(i);
            Optional<IssueView> issue = register.find(item.issue);
            Optional<IssueView.PositionView> restsOn = issue.flatMap(x -> x.positions().stream()
                    .filter(p -> item.positionVersion != null && p.version() == item.positionVersion).findFirst());
            items.add(new BriefView.Item(item.issue, issue.map(IssueView::title).orElse(null), item.topic, item.authority, item.positionVersion,
                    restsOn.map(IssueView.PositionView::statement).orElse(null), item.mayConcede(), item.mustNotConcede(),
                    restsOn.map(p -> Stream.concat(p.essentialTerms().stream(), p.negotiableTerms().stream()).toList()).orElse(List.<Term>of()),
                    v.referBackOf(i), item.notes));
            warning(v.confederation, item, issue, judged).ifPresent(warnings::add);
        }
        boolean acknowledged = v.acknowledgedAt != null && !v.acknowledgedAt.isAfter(now);
        boolean fedBack = v.fedBackAt != null && !v.fedBackAt.isAfter(now);
        BriefView.Status status = fedBack ? BriefView.Status.FED_BACK : acknowledged ? BriefView.Status.ACKNOWLEDGED : BriefView.Status.ISSUED;
        return new BriefView(v.brief, v.version, v.appointment, v.meeting, meeting.map(MeetingView::forum).orElse(null),
                meeting.map(MeetingView::startsAt).orElse(null), meeting.map(MeetingView::title).orElse(null), v.person, v.confederation,
                status, v.issuedAt, acknowledged ? v.acknowledgedAt : null, List.copyOf(items), List.copyOf(warnings),
                fedBack ? feedback.findById(v.brief).map(FeedbackEntry::view).orElse(null) : null);
    }

    /**
     * Exceeded, as at {@code at} (now, or the meeting's start once it has begun): the confederation's authority on the topic has fallen below what the item grants,
     * or the position it rests on has been superseded. The authority that now holds is the least
     * of the item's and the confederation's, and {@code OBSERVE} when the position that replaced
     * it is not adopted.
     */
    private Optional<BriefView.Warning> warning(String confederation, BriefVersionEntry.ItemColumns item, Optional<IssueView> issue,
                                                Instant at) {
        List<BriefView.Reason> reasons = new ArrayList<>();
        AuthorityLevel confederationAuthority = coverage.coverage(confederation, item.topic, at).coverage()
                .map(CoverageView::authority).orElse(AuthorityLevel.OBSERVE);
        AuthorityLevel holds = AuthorityLevel.least(item.authority, confederationAuthority);
        if (holds.compareTo(item.authority) < 0) {
            reasons.add(BriefView.Reason.CONFEDERATION_AUTHORITY_FELL);
        }
        Optional<IssueView.PositionView> current = issue.flatMap(x -> x.positions().stream()
                .filter(p -> !p.recordedAt().isAfter(at)).reduce((earlier, later) -> later));
        if (item.positionVersion != null && current.isPresent() && current.get().version() > item.positionVersion) {
            reasons.add(BriefView.Reason.POSITION_SUPERSEDED);
            if (!current.get().adopted()) {
                holds = AuthorityLevel.OBSERVE;
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BriefView.Warning(BriefView.Warning.BRIEF_EXCEEDED, item.issue, holds, List.copyOf(reasons)));
    }
}
