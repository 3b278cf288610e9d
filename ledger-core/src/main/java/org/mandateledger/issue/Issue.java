package org.mandateledger.issue;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.confederation.api.MemberRoll;
import org.mandateledger.issue.api.CloseIssue;
import org.mandateledger.issue.api.IssueClosed;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.issue.api.IssueRaised;
import org.mandateledger.issue.api.PositionRecorded;
import org.mandateledger.issue.api.RaiseIssue;
import org.mandateledger.issue.api.RecordPosition;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.ledger.ExistingAggregates;

/**
 * An issue on which general practice must take a view, and the versions of its position. Only a
 * member raises one; only member practices' support is recorded; a closed issue takes no new
 * position.
 */
public class Issue {

    @AggregateIdentifier
    private IssueId id;
    private ConfederationSlug confederation;
    private int positions;
    private boolean closed;

    protected Issue() {
    }

    @CommandHandler
    public Issue(RaiseIssue command, ExistingAggregates existing, MemberRoll members) {
        if (!existing.exists(command.confederation().toString())) {
            throw DomainRuleViolation.notFound("UNKNOWN_CONFEDERATION", "no confederation '" + command.confederation().value() + "'");
        }
        if (!existing.exists(command.topic().aggregateId())) {
            throw new DomainRuleViolation("UNKNOWN_TOPIC", "topic '" + command.topic().value() + "' is not defined");
        }
        IssueScopeRule.check(command.scope(), command.reservedTo());
        if (command.reservedTo() != null && !existing.exists(command.reservedTo().aggregateId())) {
            throw new DomainRuleViolation("UNKNOWN_ORGANISATION", "organisation " + command.reservedTo().value() + " is not registered");
        }
        if (!members.isMember(command.confederation(), command.raisedBy())) {
            throw new DomainRuleViolation("RAISED_BY_NOT_A_MEMBER",
                    command.raisedBy().value() + " is not a member of " + command.confederation().value() + " and cannot raise an issue there");
        }
        apply(new IssueRaised(command.id(), command.confederation(), command.title(), command.topic(), command.level(),
                command.scope(), command.reservedTo(), command.raisedBy(), command.description()));
    }

    @CommandHandler
    public int handle(RecordPosition command, MemberRoll members) {
        if (closed) {
            throw DomainRuleViolation.conflict("ISSUE_CLOSED", "the issue is closed and takes no new position");
        }
        SupportRule.check(confederation, command.support(), members);
        int version = positions + 1;
        apply(new PositionRecorded(id, version, command.statement(), PositionTerms.essential(command.essentialTerms()),
                PositionTerms.negotiable(command.negotiableTerms()), command.support(), command.agreedAt()));
        return version;
    }

    @CommandHandler
    public void handle(CloseIssue command) {
        if (closed) {
            throw DomainRuleViolation.conflict("ISSUE_ALREADY_CLOSED", "the issue is already closed");
        }
        apply(new IssueClosed(id, command.reason()));
    }

    @EventSourcingHandler
    void on(IssueRaised event) {
        id = event.id();
        confederation = event.confederation();
    }

    @EventSourcingHandler
    void on(PositionRecorded event) {
        positions = event.version();
    }

    @EventSourcingHandler
    void on(IssueClosed event) {
        closed = true;
    }

    int positions() {
        return positions;
    }

    boolean closed() {
        return closed;
    }
}
