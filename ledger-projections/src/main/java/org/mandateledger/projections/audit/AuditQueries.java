package org.mandateledger.projections.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mandateledger.audit.api.FindingType;
import org.mandateledger.confederation.api.Constitution;
import org.mandateledger.ledger.LedgerClock;
import org.mandateledger.projections.brief.BriefQueries;
import org.mandateledger.projections.brief.BriefView;
import org.mandateledger.projections.confederation.ConfederationQueries;
import org.mandateledger.projections.mandate.MandateQueries;
import org.mandateledger.projections.paging.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair's audit as at any instant: the findings raised by feedback that are still open then,
 * and those judged then from what the ledger held — briefs exceeded, feedback and actions overdue,
 * mandates lapsing. Nothing time-based is stored: it is judged when asked, so it is right for any
 * {@code asOf} and nobody has to remember to raise it.
 */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    /** A mandate is lapsing when its last valid day is within this many days. */
    public static final int LAPSING_DAYS = 30;

    private final FindingRepository findings;
    private final ActionRepository actions;
    private final BriefQueries briefs;
    private final ConfederationQueries confederations;
    private final MandateQueries mandates;

    AuditQueries(FindingRepository findings, ActionRepository actions, BriefQueries briefs, ConfederationQueries confederations,
                 MandateQueries mandates) {
        this.findings = findings;
        this.actions = actions;
        this.briefs = briefs;
        this.confederations = confederations;
        this.mandates = mandates;
    }

    /**
     * Every finding open at {@code asOf}, of one type if asked, that arose within {@code from}–{@code to}
     * (either may be open), by when it arose; empty for a confederation not recorded by then.
     */
    public Optional<List<FindingView>> audit(String confederation, Instant from, Instant to, FindingType type, Instant asOf) {
        Optional<Constitution> constitution = confederations.constitutionAt(confederation, asOf);
        if (constitution.isEmpty()) {
            return Optional.empty();
        }
        List<FindingView> all = new ArrayList<>();
        for (FindingEntry f : findings.findByConfederationOrderByRaisedAtAscIdAsc(confederation)) {
            if (f.openAt(asOf)) {
                all.add(new FindingView(f.id, f.type, f.type.severity(), f.raisedAt, f.brief, f.issue, null, f.person, null, detail(f)));
            }
        }
        LocalDate today = LedgerClock.dayAt(asOf);
        int feedbackDueDays = constitution.get().feedbackDueDays();
        for (BriefQueries.Audited brief : briefs.auditAt(confederation, asOf)) {
            for (BriefView.Warning warning : brief.warnings()) {
                all.add(new FindingView(id("exceeded", brief.brief(), brief.version(), warning.issue()), FindingType.BRIEF_EXCEEDED,
                        FindingType.BRIEF_EXCEEDED.severity(), asOf, brief.brief(), warning.issue(), null, brief.person(), null,
                        "version " + brief.version() + " grants more than now holds (" + warning.authority() + "): " + warning.reasons()));
            }
            if (brief.startsAt() != null && brief.fedBackAt() == null) {
                // Days as London reckons them: a week after a 10:00 meeting is 10:00, whatever the clocks did.
                Instant due = brief.startsAt().atZone(LedgerClock.LONDON).plusDays(feedbackDueDays).toInstant();
                if (asOf.isAfter(due)) {
                    all.add(new FindingView(id("feedback-overdue", brief.brief()), FindingType.FEEDBACK_OVERDUE,
                            FindingType.FEEDBACK_OVERDUE.severity(), due, brief.brief(), null, null, brief.person(), null,
                            "no feedback on the meeting of " + brief.startsAt() + ": due by " + due));
                }
            }
        }
        for (ActionEntry action : actions.findByConfederationOrderByDueAscIdAsc(confederation)) {
            if (!action.pickedUpAt.isAfter(asOf) && !action.doneAt(asOf) && today.isAfter(action.due)) {
                Instant overdueFrom = action.due.plusDays(1).atStartOfDay(LedgerClock.LONDON).toInstant();
                all.add(new FindingView(id("action-overdue", action.id), FindingType.ACTION_OVERDUE, FindingType.ACTION_OVERDUE.severity(),
                        overdueFrom, action.brief, null, null, null, action.id, "'" + action.description + "' for " + action.owner
                        + " was due on " + action.due));
            }
        }
        for (MandateQueries.Lapsing mandate : mandates.lapsingAt(confederation, asOf, LAPSING_DAYS)) {
            Instant window = mandate.validUntil().minusDays(LAPSING_DAYS).atStartOfDay(LedgerClock.LONDON).toInstant();
            Instant since = window.isBefore(mandate.grantedAt()) ? mandate.grantedAt() : window;
            all.add(new FindingView(id("lapsing", mandate.id()), FindingType.MANDATE_LAPSING, FindingType.MANDATE_LAPSING.severity(), since,
                    null, null, mandate.id(), null, null, "the mandate of " + mandate.grantor() + " lapses after " + mandate.validUntil()));
        }
        return Optional.of(all.stream()
                .filter(f -> type == null || f.type() == type)
                .filter(f -> from == null || !f.at().isBefore(from))
                .filter(f -> to == null || !f.at().isAfter(to))
                .sorted(Comparator.comparing(FindingView::at).thenComparing(f -> f.type().ordinal()).thenComparing(FindingView::id))
                .toList());
    }

    /** The confederation's actions as they stood at {@code at}, by due day; of one status if asked; empty for a confederation not recorded. */
    public Optional<Page<ActionView>> actions(String confederation, ActionView.Status status, Instant at, String cursor, int limit) {
        if (confederations.constitutionAt(confederation, at).isEmpty()) {
            return Optional.empty();
        }
        String after = cursor == null ? null : Page.decode(cursor);
        List<ActionView> listed = new ArrayList<>();
        for (ActionEntry action : actions.findByConfederationOrderByDueAscIdAsc(confederation)) {
            ActionView view = action.view(at);
            if (!action.pickedUpAt.isAfter(at) && (status == null || view.status() == status)) {
                listed.add(view);
            }
        }
        listed.sort(Comparator.comparing(AuditQueries::key));
        List<ActionView> page = listed.stream().filter(a -> after == null || key(a).compareTo(after) > 0).limit(limit + 1L).toList();
        return Optional.of(Page.of(page, limit, AuditQueries::key));
    }

    public Optional<String> confederationOfAction(UUID action) {
        return actions.findById(action).map(a -> a.confederation);
    }

    public Optional<UUID> meetingOfAction(UUID action) {
        return actions.findById(action).map(a -> a.meeting);
    }

    public Optional<ActionView> action(UUID id, Instant at) {
        return actions.findById(id).map(a -> a.view(at));
    }

    private static String key(ActionView action) {
        return action.due() + "/" + action.id();
    }

    private static String detail(FindingEntry f) {
        return switch (f.type) {
            case RED_LINE_BREACH -> "conceded " + f.terms + ", which the brief said must not be conceded";
            case AUTHORITY_EXCEEDED -> "AGREED under an authority that commits to nothing";
            case AWAITING_RATIFICATION -> "AGREED under NEGOTIATE: binds only once the confederation ratifies it";
            case UNBRIEFED -> "spoke on " + f.topic + " without a brief";
            default -> f.type.name();
        };
    }

    private static UUID id(String kind, Object... keys) {
        StringBuilder name = new StringBuilder(kind);
        for (Object key : keys) {
            name.append(':').append(key);
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8));
    }
}
