package org.mandateledger.projections.register;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mandateledger.authority.AdoptionRule;
import org.mandateledger.authority.DualMajority;
import org.mandateledger.authority.Tally;
import org.mandateledger.confederation.api.Constitution;
import org.mandateledger.issue.api.IssueStatus;
import org.mandateledger.issue.api.Term;
import org.mandateledger.projections.confederation.ConfederationQueries;
import org.mandateledger.projections.coverage.MemberPractices;
import org.mandateledger.projections.paging.InvalidCursorException;
import org.mandateledger.projections.paging.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issue register. Whether a position is adopted is derived, never stored: the practices for
 * it over all member practices, by count and by registered patients, against the constitution's
 * adoption threshold, each as they stood when the position was recorded — the same
 * {@link DualMajority} the rest of the ledger uses.
 */
@Service
@Transactional(readOnly = true)
public class RegisterQueries {

    private final IssueRepository issues;
    private final PositionRepository positions;
    private final ConfederationQueries confederations;
    private final MemberPractices memberPractices;

    RegisterQueries(IssueRepository issues, PositionRepository positions, ConfederationQueries confederations,
                    MemberPractices memberPractices) {
        this.issues = issues;
        this.positions = positions;
        this.confederations = confederations;
        this.memberPractices = memberPractices;
    }

    public Optional<IssueView> find(UUID id) {
        return issues.findById(id).map(this::view);
    }

    public Optional<String> confederationOf(UUID id) {
        return issues.findById(id).map(i -> i.confederation);
    }

    public Page<IssueView> list(String confederation, String topic, IssueStatus status, String cursor, int limit) {
        String after = Page.decode(cursor);
        boolean past = after == null;
        List<IssueEntry> matching = new ArrayList<>();
        for (IssueEntry issue : issues.findByConfederationOrderByRaisedAtAscIdAsc(confederation)) {
            if (!past) {
                past = issue.id.toString().equals(after);
                continue;
            }
            if ((topic == null || topic.equals(issue.topic)) && (status == null || status == issue.status)) {
                matching.add(issue);
                if (matching.size() > limit) {
                    break;
                }
            }
        }
        if (!past) {
            throw new InvalidCursorException(cursor);
        }
        return Page.of(matching, limit, i -> i.id.toString()).map(this::view);
    }

    /** An adopted position a delegate may state: the current version of an open issue, as at an instant. */
    public record AdoptedStatement(UUID issue, String title, int version, String statement) {
    }

    /**
     * The current positions, as at {@code at}, of the open issues on any of {@code topics}, where
     * that version is adopted; emerging views are left out.
     */
    public List<AdoptedStatement> adoptedAt(String confederation, List<String> topics, Instant at) {
        List<AdoptedStatement> adopted = new ArrayList<>();
        for (IssueEntry issue : issues.findByConfederationOrderByRaisedAtAscIdAsc(confederation)) {
            boolean open = !issue.raisedAt.isAfter(at) && (issue.closedAt == null || issue.closedAt.isAfter(at));
            if (!open || !topics.contains(issue.topic)) {
                continue;
            }
            positions.findByIssueOrderByVersionAsc(issue.id).stream()
                    .filter(p -> !p.recordedAt.isAfter(at))
                    .reduce((earlier, later) -> later)
                    .filter(current -> position(confederation, current).adopted())
                    .ifPresent(current -> adopted.add(new AdoptedStatement(issue.id, issue.title, current.version, current.statement)));
        }
        return adopted;
    }

    private IssueView view(IssueEntry issue) {
        List<IssueView.PositionView> versions = positions.findByIssueOrderByVersionAsc(issue.id).stream()
                .map(p -> position(issue.confederation, p)).toList();
        return new IssueView(issue.id, issue.confederation, issue.title, issue.topic, issue.level, issue.scope, issue.reservedTo,
                issue.raisedBy, issue.description, issue.status, issue.raisedAt, issue.closedAt, issue.closeReason, versions,
                versions.isEmpty() ? null : versions.get(versions.size() - 1));
    }

    private IssueView.PositionView position(String confederation, PositionEntry p) {
        Instant at = p.recordedAt;
        List<String> supporting = p.practices(PositionEntry.Stance.FOR);
        AdoptionRule.Support counted = AdoptionRule.of(memberPractices.at(confederation, at), supporting);
        Tally backing = counted.backing();
        Tally total = counted.total();
        Optional<Constitution> constitution = confederations.constitutionAt(confederation, at);
        boolean adopted = constitution.isPresent() && counted.adopted(constitution.get().adoption());
        IssueView.SupportView support = new IssueView.SupportView(supporting, p.practices(PositionEntry.Stance.AGAINST),
                p.practices(PositionEntry.Stance.ABSTAIN), backing.practices(), backing.patients(),
                DualMajority.share(backing.practices(), total.practices()), DualMajority.share(backing.patients(), total.patients()));
        return new IssueView.PositionView(p.version, p.statement, terms(p.essentialTerms), terms(p.negotiableTerms), support, adopted,
                p.agreedAt, p.recordedAt);
    }

    private static List<Term> terms(List<PositionEntry.TermColumns> columns) {
        return columns.stream().map(t -> new Term(t.termId, t.text)).toList();
    }
}
