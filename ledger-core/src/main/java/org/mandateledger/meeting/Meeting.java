package org.mandateledger.meeting;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.audit.api.FindingType;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.meeting.api.ActionCompleted;
import org.mandateledger.meeting.api.ActionId;
import org.mandateledger.meeting.api.CompleteAction;
import org.mandateledger.meeting.api.FeedBack;
import org.mandateledger.meeting.api.FeedbackRecorded;
import org.mandateledger.meeting.api.FeedbackRecorded.Finding;
import org.mandateledger.meeting.api.OutcomeRatified;
import org.mandateledger.meeting.api.RatifyOutcome;
import org.mandateledger.brief.BriefItemFacts;
import org.mandateledger.brief.BriefItemRule;
import org.mandateledger.brief.BriefingRecord;
import org.mandateledger.brief.BriefingRecord.AppointmentFacts;
import org.mandateledger.brief.BriefingRecord.IssueFacts;
import org.mandateledger.brief.BriefingRecord.PositionFacts;
import org.mandateledger.brief.Concessions;
import org.mandateledger.forum.api.ForumSlug;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.issue.api.IssueScope;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.DomainRuleViolation.Breach;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.ledger.LedgerClock;
import org.mandateledger.meeting.api.AcknowledgeBrief;
import org.mandateledger.meeting.api.BriefAcknowledged;
import org.mandateledger.meeting.api.BriefId;
import org.mandateledger.meeting.api.BriefIssued;
import org.mandateledger.meeting.api.BriefIssued.BriefItem;
import org.mandateledger.meeting.api.BriefVersion;
import org.mandateledger.meeting.api.IssueBrief;
import org.mandateledger.meeting.api.MeetingId;
import org.mandateledger.meeting.api.MeetingScheduled;
import org.mandateledger.meeting.api.ScheduleMeeting;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.topic.api.TopicSlug;

/**
 * A sitting of a forum that exists, and the briefs its delegates are issued for it. The briefs
 * live here, with the meeting, because the interest rule — a person with a declared interest is
 * never the only delegate briefed above {@code OBSERVE} on an issue — is decided over every brief
 * for the meeting at once (ADR 0011).
 */
public class Meeting {

    /** Brief-level refusals: said once for the brief, not once per item. */
    private static final Set<BriefItemRule.Refusal> ONCE_PER_BRIEF =
            Set.of(BriefItemRule.Refusal.MEETING_STARTED, BriefItemRule.Refusal.FORUM_NOT_IN_APPOINTMENT);

    @AggregateIdentifier
    private MeetingId id;
    private ForumSlug forum;
    private Instant startsAt;
    private final Map<BriefId, IssuedBrief> briefs = new LinkedHashMap<>();
    /** Actions picked up at this meeting, and whether each is done. */
    private final Map<ActionId, Boolean> actions = new HashMap<>();
    /** Outcomes the confederation has ratified or rejected. */
    private final Set<Ratified> ratified = new HashSet<>();

    private record Ratified(BriefId brief, IssueId issue) {
    }

    /** A brief's current version as this meeting keeps it, and what came of it. */
    private record IssuedBrief(BriefId id, AppointmentId appointment, PersonId delegate, ConfederationSlug confederation, int version,
                               List<BriefItem> items, boolean acknowledged, boolean fedBack, Set<IssueId> awaitingRatification) {

        boolean aboveObserveOn(IssueId issue) {
            return items.stream().anyMatch(i -> i.issue().equals(issue) && i.authority().compareTo(AuthorityLevel.OBSERVE) > 0);
        }

        IssuedBrief acknowledge() {
            return new IssuedBrief(id, appointment, delegate, confederation, version, items, true, fedBack, awaitingRatification);
        }

        IssuedBrief fedBack(Set<IssueId> awaiting) {
            return new IssuedBrief(id, appointment, delegate, confederation, version, items, acknowledged, true, Set.copyOf(awaiting));
        }

        IssuedBrief decided(IssueId issue) {
            Set<IssueId> awaiting = new HashSet<>(awaitingRatification);
            awaiting.remove(issue);
            return new IssuedBrief(id, appointment, delegate, confederation, version, items, acknowledged, fedBack, Set.copyOf(awaiting));
        }
    }

    /** A breach with its rank in the contract's order, so the refusal's code is the first that applies. */
    private record Ranked(int rank, Breach breach) {
    }

    protected Meeting() {
    }

    @CommandHandler
    public Meeting(ScheduleMeeting command, ExistingAggregates existing) {
        if (!existing.exists(command.forum().aggregateId())) {
            throw new DomainRuleViolation("UNKNOWN_FORUM", "forum '" + command.forum().value() + "' is not defined");
        }
        apply(new MeetingScheduled(command.id(), command.forum(), command.startsAt(), command.title()));
    }

    @CommandHandler
    public BriefVersion handle(IssueBrief command, BriefingRecord record) {
        boolean started = !LedgerClock.now().isBefore(startsAt);
        List<Ranked> refusals = new ArrayList<>();
        if (started) {
            refusals.add(contract(BriefItemRule.Refusal.MEETING_STARTED, "meeting", explain(BriefItemRule.Refusal.MEETING_STARTED, null, null)));
        }
        Optional<AppointmentFacts> found = record.appointment(command.appointment());
        if (found.isEmpty()) {
            refusals.add(reference("UNKNOWN_APPOINTMENT", "appointment", "no appointment " + command.appointment().value()));
            throw refused(refusals, List.of());
        }
        AppointmentFacts appointment = found.get();
        if (appointment.ended() || !appointment.validity().inForceOn(LedgerClock.dayAt(startsAt))) {
            refusals.add(reference("APPOINTMENT_NOT_IN_FORCE", "appointment", "the appointment "
                    + (appointment.ended() ? "has ended" : "is not in force on the meeting's day " + LedgerClock.dayAt(startsAt))));
        }
        Optional<IssuedBrief> previous = briefs.values().stream().filter(b -> b.appointment().equals(command.appointment())).findFirst();
        Map<TopicSlug, AuthorityLevel> authorityNow = new HashMap<>();
        List<Breach> termRefusals = new ArrayList<>();
        List<BriefItem> granted = new ArrayList<>();
        Map<IssueId, AuthorityLevel> requested = new LinkedHashMap<>();
        for (int i = 0; i < command.items().size(); i++) {
            IssueBrief.Item item = command.items().get(i);
            String field = "items[" + i + "]";
            if (requested.putIfAbsent(item.issue(), item.authority()) != null) {
                refusals.add(reference("DUPLICATE_ITEM", field, "issue " + item.issue().value() + " is already an item of this brief"));
                continue;
            }
            Optional<IssueFacts> issueFound = record.issue(item.issue());
            Optional<Ranked> unusable = unusable(issueFound, item.issue(), appointment, field);
            if (unusable.isPresent()) {
                refusals.add(unusable.get());
                continue;
            }
            IssueFacts issue = issueFound.get();
            List<TopicSlug> lineage = record.lineage(issue.topic());
            boolean interest = record.interestDeclared(appointment.person(), lineage);
            BriefItemFacts facts = new BriefItemFacts(started, appointment.forums().covers(forum), appointment.topics().covers(lineage),
                    issue.position().map(PositionFacts::adopted).orElse(false), issue.scope() == IssueScope.RESERVED,
                    appointment.ceiling(),
                    authorityNow.computeIfAbsent(issue.topic(), t -> record.confederationAuthority(appointment.confederation(), t)),
                    interest, anotherDelegateAboveObserve(item.issue(), appointment.person()));
            for (BriefItemRule.Refusal refusal : BriefItemRule.refusals(item.authority(), facts)) {
                Ranked ranked = contract(refusal, ONCE_PER_BRIEF.contains(refusal) ? "meeting" : field, explain(refusal, item.authority(), facts));
                if (refusals.stream().noneMatch(r -> r.breach().equals(ranked.breach()))) {
                    refusals.add(ranked);
                }
            }
            Concessions.Decision terms = Concessions.decide(item.authority(), item.mayConcede(), issue.position());
            terms.refusal().ifPresent(r -> termRefusals.add(new Breach(r.name(), field + ".mayConcede",
                    r == Concessions.Refusal.TERM_NOT_NEGOTIABLE
                            ? "not negotiable terms of the position the item rests on: " + terms.offending()
                            : item.authority() + " commits to nothing, so concedes nothing: " + terms.offending())));
            terms.terms().ifPresent(t -> granted.add(new BriefItem(item.issue(), issue.topic(), item.authority(),
                    issue.position().map(PositionFacts::version).orElse(null), t.mayConcede(), t.mustNotConcede(), item.referBack(),
                    item.notes(), interest)));
        }
        refusals.addAll(interestsLeftAlone(command.appointment(), appointment.person(), requested));
        if (!refusals.isEmpty() || !termRefusals.isEmpty()) {
            throw refused(refusals, termRefusals);
        }
        BriefId brief = previous.map(IssuedBrief::id).orElse(command.brief());
        int version = previous.map(b -> b.version() + 1).orElse(1);
        apply(new BriefIssued(id, brief, version, command.appointment(), appointment.person(), appointment.confederation(), granted));
        return new BriefVersion(brief, version);
    }

    @CommandHandler
    public List<Finding> handle(FeedBack command, ExistingAggregates existing) {
        IssuedBrief brief = briefs.get(command.brief());
        if (brief == null || !brief.delegate().equals(command.delegate())) {
            throw DomainRuleViolation.notFound("UNKNOWN_BRIEF", "no brief " + command.brief() + " for this delegate");
        }
        if (LedgerClock.now().isBefore(startsAt)) {
            throw new DomainRuleViolation("MEETING_NOT_STARTED", "the meeting starts at " + startsAt + "; feedback comes once it has started");
        }
        if (brief.fedBack()) {
            throw DomainRuleViolation.conflict("FEEDBACK_ALREADY_RECORDED", "the brief is already fed back on");
        }
        List<Breach> unknown = new ArrayList<>();
        for (int i = 0; i < command.unbriefed().size(); i++) {
            if (!existing.exists(command.unbriefed().get(i).topic().aggregateId())) {
                unknown.add(new Breach("UNKNOWN_TOPIC", "unbriefed[" + i + "].topic", "topic '" + command.unbriefed().get(i).topic().value()
                        + "' is not defined"));
            }
        }
        for (int i = 0; i < command.actions().size(); i++) {
            FeedBack.Action action = command.actions().get(i);
            if (!existing.exists(action.owner().aggregateId())) {
                unknown.add(new Breach("UNKNOWN_ORGANISATION", "actions[" + i + "].owner", "organisation " + action.owner().value()
                        + " is not registered"));
            } else if (actions.containsKey(action.id())) {
                unknown.add(new Breach("ACTION_EXISTS", "actions[" + i + "]", "action " + action.id() + " is already recorded"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new DomainRuleViolation(DomainRuleViolation.Kind.RULE, unknown.get(0).message(), unknown);
        }
        List<Finding> findings = FeedbackCheck.findings(brief.items(), command);
        apply(new FeedbackRecorded(id, brief.id(), brief.version(), brief.delegate(), brief.confederation(), command.items(),
                command.unbriefed(), command.actions(), findings));
        return findings;
    }

    @CommandHandler
    public void handle(RatifyOutcome command) {
        IssuedBrief brief = briefs.get(command.brief());
        if (brief == null) {
            throw DomainRuleViolation.notFound("UNKNOWN_BRIEF", "no brief " + command.brief());
        }
        if (!brief.awaitingRatification().contains(command.issue())) {
            if (ratified.contains(new Ratified(command.brief(), command.issue()))) {
                throw DomainRuleViolation.conflict("OUTCOME_ALREADY_DECIDED", "the outcome on issue " + command.issue().value()
                        + " is already ratified or rejected");
            }
            throw new DomainRuleViolation("NOTHING_TO_RATIFY", "no outcome on issue " + command.issue().value()
                    + " awaits ratification: only one AGREED under NEGOTIATE does");
        }
        apply(new OutcomeRatified(id, brief.id(), command.issue(), command.decision(), command.note()));
    }

    @CommandHandler
    public void handle(CompleteAction command) {
        Boolean done = actions.get(command.action());
        if (done == null) {
            throw DomainRuleViolation.notFound("UNKNOWN_ACTION", "no action " + command.action());
        }
        if (done) {
            throw DomainRuleViolation.conflict("ACTION_ALREADY_DONE", "action " + command.action() + " is already done");
        }
        apply(new ActionCompleted(id, command.action(), command.note()));
    }

    /** Every breach, in the contract's order (what the brief names comes right after {@code MEETING_STARTED}), then the term lists'. */
    private static DomainRuleViolation refused(List<Ranked> refusals, List<Breach> termRefusals) {
        List<Breach> breaches = new ArrayList<>(refusals.stream().sorted(Comparator.comparingInt(Ranked::rank)).map(Ranked::breach).toList());
        breaches.addAll(termRefusals);
        return new DomainRuleViolation(DomainRuleViolation.Kind.RULE, "the brief cannot be issued: " + breaches.get(0).message(), breaches);
    }

    /** A rule of the contract, ranked by its place in the contract's order. */
    private static Ranked contract(BriefItemRule.Refusal refusal, String field, String message) {
        return new Ranked(2 * refusal.ordinal(), new Breach(refusal.name(), field, message));
    }

    /** Something the brief names that cannot be briefed on at all: after {@code MEETING_STARTED}, before every other rule. */
    private static Ranked reference(String code, String field, String message) {
        return new Ranked(2 * BriefItemRule.Refusal.MEETING_STARTED.ordinal() + 1, new Breach(code, field, message));
    }

    private static Optional<Ranked> unusable(Optional<IssueFacts> issue, IssueId issueId, AppointmentFacts appointment, String field) {
        if (issue.isEmpty()) {
            return Optional.of(reference("UNKNOWN_ISSUE", field, "no issue " + issueId.value()));
        }
        if (!issue.get().confederation().equals(appointment.confederation())) {
            return Optional.of(reference("ISSUE_OUTSIDE_CONFEDERATION", field, "issue " + issueId.value() + " belongs to "
                    + issue.get().confederation().value() + ", not to the appointment's confederation " + appointment.confederation().value()));
        }
        if (issue.get().closed()) {
            return Optional.of(reference("ISSUE_CLOSED", field, "issue " + issueId.value() + " is closed"));
        }
        return Optional.empty();
    }

    @CommandHandler
    public BriefVersion handle(AcknowledgeBrief command) {
        IssuedBrief brief = briefs.get(command.brief());
        if (brief == null || !brief.delegate().equals(command.delegate())) {
            throw DomainRuleViolation.notFound("UNKNOWN_BRIEF", "no brief " + command.brief() + " for this delegate");
        }
        if (brief.fedBack()) {
            throw DomainRuleViolation.conflict("BRIEF_FED_BACK", "the brief is already fed back on");
        }
        if (brief.acknowledged()) {
            throw DomainRuleViolation.conflict("BRIEF_ALREADY_ACKNOWLEDGED", "version " + brief.version() + " of the brief is already acknowledged");
        }
        apply(new BriefAcknowledged(id, brief.id(), brief.version(), brief.delegate()));
        return new BriefVersion(brief.id(), brief.version());
    }

    /** Another person is briefed above {@code OBSERVE} on the issue at this meeting, in their current version. */
    private boolean anotherDelegateAboveObserve(IssueId issue, PersonId person) {
        return briefs.values().stream().anyMatch(b -> !b.delegate().equals(person) && b.aboveObserveOn(issue));
    }

    /**
     * The interest rule seen from the other side: a new version that lowers or drops an item must
     * not leave a delegate who declared an interest, and was accompanied, the only one briefed
     * above {@code OBSERVE} on it.
     */
    private List<Ranked> interestsLeftAlone(AppointmentId appointment, PersonId person, Map<IssueId, AuthorityLevel> requested) {
        List<Ranked> breaches = new ArrayList<>();
        for (IssuedBrief other : briefs.values()) {
            if (other.delegate().equals(person)) {
                continue;
            }
            for (BriefItem item : other.items()) {
                if (!item.interestDeclared() || item.authority().compareTo(AuthorityLevel.OBSERVE) <= 0) {
                    continue;
                }
                Set<PersonId> before = delegatesAboveObserve(item.issue(), null, Map.of(), null);
                Set<PersonId> after = delegatesAboveObserve(item.issue(), appointment, requested, person);
                boolean accompaniedBefore = before.stream().anyMatch(p -> !p.equals(other.delegate()));
                boolean accompaniedAfter = after.stream().anyMatch(p -> !p.equals(other.delegate()));
                if (accompaniedBefore && !accompaniedAfter) {
                    breaches.add(contract(BriefItemRule.Refusal.INTEREST_DECLARED, "items", "this version would leave the delegate of brief "
                            + other.id() + ", who declared an interest, the only delegate above OBSERVE on issue " + item.issue().value()));
                }
            }
        }
        return breaches;
    }

    /** Who is briefed above {@code OBSERVE} on the issue, with {@code replaced}'s brief taken as {@code requested} by {@code person}. */
    private Set<PersonId> delegatesAboveObserve(IssueId issue, AppointmentId replaced, Map<IssueId, AuthorityLevel> requested, PersonId person) {
        Set<PersonId> above = new HashSet<>();
        briefs.values().stream().filter(b -> !b.appointment().equals(replaced) && b.aboveObserveOn(issue)).forEach(b -> above.add(b.delegate()));
        if (requested.getOrDefault(issue, AuthorityLevel.OBSERVE).compareTo(AuthorityLevel.OBSERVE) > 0) {
            above.add(person);
        }
        return above;
    }

    private static String explain(BriefItemRule.Refusal refusal, AuthorityLevel granted, BriefItemFacts facts) {
        return switch (refusal) {
            case MEETING_STARTED -> "the meeting has started; a brief is issued before it";
            case FORUM_NOT_IN_APPOINTMENT -> "the appointment does not cover the meeting's forum";
            case TOPIC_NOT_IN_APPOINTMENT -> "the appointment does not cover the issue's topic";
            case POSITION_NOT_ADOPTED -> "the issue has no adopted position, so nothing above OBSERVE may be granted";
            case RESERVED_ISSUE -> "the issue is reserved; no one is briefed on it above REPRESENT";
            case AUTHORITY_ABOVE_APPOINTMENT -> granted + " is above the appointment's ceiling " + facts.appointmentCeiling();
            case AUTHORITY_ABOVE_CONFEDERATION -> granted + " is above the confederation's authority on the topic, "
                    + facts.confederationAuthority();
            case INTEREST_DECLARED -> "the delegate declared an interest on the topic and would be the only delegate above OBSERVE";
        };
    }

    @EventSourcingHandler
    void on(MeetingScheduled event) {
        id = event.id();
        forum = event.forum();
        startsAt = event.startsAt();
    }

    @EventSourcingHandler
    void on(BriefIssued event) {
        briefs.put(event.brief(), new IssuedBrief(event.brief(), event.appointment(), event.delegate(), event.confederation(), event.version(),
                event.items(), false, false, Set.of()));
    }

    @EventSourcingHandler
    void on(BriefAcknowledged event) {
        briefs.computeIfPresent(event.brief(), (id, b) -> b.acknowledge());
    }

    @EventSourcingHandler
    void on(FeedbackRecorded event) {
        Set<IssueId> awaiting = new HashSet<>();
        event.findings().stream().filter(f -> f.type() == FindingType.AWAITING_RATIFICATION).forEach(f -> awaiting.add(f.issue()));
        briefs.computeIfPresent(event.brief(), (id, b) -> b.fedBack(awaiting));
        event.actions().forEach(a -> actions.put(a.id(), false));
    }

    @EventSourcingHandler
    void on(OutcomeRatified event) {
        briefs.computeIfPresent(event.brief(), (id, b) -> b.decided(event.issue()));
        ratified.add(new Ratified(event.brief(), event.issue()));
    }

    @EventSourcingHandler
    void on(ActionCompleted event) {
        actions.put(event.action(), true);
    }
}
