package org.mandateledger.projections.register;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.mandateledger.issue.api.IssueClosed;
import org.mandateledger.issue.api.IssueRaised;
import org.mandateledger.issue.api.IssueStatus;
import org.mandateledger.issue.api.PositionRecorded;
import org.mandateledger.issue.api.Term;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.projections.LedgerProcessor;
import org.springframework.stereotype.Component;

/** The issue register: issues and every version of their positions, with support as recorded. */
@Component
@ProcessingGroup(LedgerProcessor.NAME)
class RegisterProjection {

    private final IssueRepository issues;
    private final PositionRepository positions;

    RegisterProjection(IssueRepository issues, PositionRepository positions) {
        this.issues = issues;
        this.positions = positions;
    }

    @EventHandler
    void on(IssueRaised event, @Timestamp Instant at) {
        if (issues.existsById(event.id().value())) {
            return;
        }
        IssueEntry issue = new IssueEntry();
        issue.id = event.id().value();
        issue.confederation = event.confederation().value();
        issue.title = event.title();
        issue.topic = event.topic().value();
        issue.level = event.level();
        issue.scope = event.scope();
        issue.reservedTo = event.reservedTo() == null ? null : event.reservedTo().value();
        issue.raisedBy = event.raisedBy().value();
        issue.description = event.description();
        issue.status = IssueStatus.OPEN;
        issue.raisedAt = at;
        issues.save(issue);
    }

    @EventHandler
    void on(PositionRecorded event, EventMessage<?> message, @Timestamp Instant at) {
        if (positions.existsById(message.getIdentifier())) {
            return;
        }
        PositionEntry position = new PositionEntry(message.getIdentifier(), event.issue().value(), event.version(), event.statement(),
                event.agreedAt(), at);
        for (Term term : event.essentialTerms()) {
            position.essentialTerms.add(new PositionEntry.TermColumns(term.id(), term.text()));
        }
        for (Term term : event.negotiableTerms()) {
            position.negotiableTerms.add(new PositionEntry.TermColumns(term.id(), term.text()));
        }
        for (OrganisationCode practice : event.support().supporting()) {
            position.support.add(new PositionEntry.StanceColumns(practice.value(), PositionEntry.Stance.FOR));
        }
        for (OrganisationCode practice : event.support().against()) {
            position.support.add(new PositionEntry.StanceColumns(practice.value(), PositionEntry.Stance.AGAINST));
        }
        for (OrganisationCode practice : event.support().abstaining()) {
            position.support.add(new PositionEntry.StanceColumns(practice.value(), PositionEntry.Stance.ABSTAIN));
        }
        positions.save(position);
    }

    @EventHandler
    void on(IssueClosed event, @Timestamp Instant at) {
        issues.findById(event.issue().value()).ifPresent(issue -> {
            issue.status = IssueStatus.CLOSED;
            issue.closedAt = at;
            issue.closeReason = event.reason();
        });
    }

    @ResetHandler
    void reset() {
        positions.deleteAll();
        issues.deleteAllInBatch();
    }
}
