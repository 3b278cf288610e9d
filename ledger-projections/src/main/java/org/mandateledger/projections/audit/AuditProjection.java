package org.mandateledger.projections.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.mandateledger.audit.api.FindingType;
import org.mandateledger.meeting.api.ActionCompleted;
import org.mandateledger.meeting.api.FeedBack;
import org.mandateledger.meeting.api.FeedbackRecorded;
import org.mandateledger.meeting.api.OutcomeRatified;
import org.mandateledger.projections.LedgerProcessor;
import org.springframework.stereotype.Component;

/** Findings raised by feedback, resolved by ratification; actions picked up, to completion. */
@Component
@ProcessingGroup(LedgerProcessor.NAME)
class AuditProjection {

    private final FindingRepository findings;
    private final ActionRepository actions;

    AuditProjection(FindingRepository findings, ActionRepository actions) {
        this.findings = findings;
        this.actions = actions;
    }

    /** A finding's id: the same for the same finding of the same feedback, however often the events are replayed. */
    static UUID findingId(UUID brief, int ordinal) {
        return UUID.nameUUIDFromBytes(("finding:" + brief + ":" + ordinal).getBytes(StandardCharsets.UTF_8));
    }

    @EventHandler
    void on(FeedbackRecorded event, @Timestamp Instant at) {
        List<FeedbackRecorded.Finding> raised = event.findings();
        for (int i = 0; i < raised.size(); i++) {
            UUID id = findingId(event.brief().value(), i);
            if (findings.existsById(id)) {
                continue;
            }
            FeedbackRecorded.Finding finding = raised.get(i);
            FindingEntry entry = new FindingEntry();
            entry.id = id;
            entry.confederation = event.confederation().value();
            entry.type = finding.type();
            entry.raisedAt = at;
            entry.brief = event.brief().value();
            entry.meeting = event.meeting().value();
            entry.person = event.delegate().value();
            entry.issue = finding.issue() == null ? null : finding.issue().value();
            entry.topic = finding.topic() == null ? null : finding.topic().value();
            entry.terms = String.join(",", finding.terms());
            findings.save(entry);
        }
        for (FeedBack.Action action : event.actions()) {
            if (actions.existsById(action.id().value())) {
                continue;
            }
            ActionEntry entry = new ActionEntry();
            entry.id = action.id().value();
            entry.confederation = event.confederation().value();
            entry.meeting = event.meeting().value();
            entry.brief = event.brief().value();
            entry.description = action.description();
            entry.owner = action.owner().value();
            entry.due = action.due();
            entry.pickedUpAt = at;
            actions.save(entry);
        }
    }

    @EventHandler
    void on(OutcomeRatified event, @Timestamp Instant at) {
        findings.findFirstByBriefAndIssueAndType(event.brief().value(), event.issue().value(), FindingType.AWAITING_RATIFICATION)
                .filter(f -> f.resolvedAt == null)
                .ifPresent(f -> {
                    f.resolvedAt = at;
                    f.resolution = event.decision();
                });
    }

    @EventHandler
    void on(ActionCompleted event, @Timestamp Instant at) {
        actions.findById(event.action().value()).filter(a -> a.completedAt == null).ifPresent(a -> {
            a.completedAt = at;
            a.completionNote = event.note();
        });
    }

    @ResetHandler
    void reset() {
        findings.deleteAllInBatch();
        actions.deleteAllInBatch();
    }
}
