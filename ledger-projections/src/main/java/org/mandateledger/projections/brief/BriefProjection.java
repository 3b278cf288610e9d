package org.mandateledger.projections.brief;

import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.mandateledger.meeting.api.BriefAcknowledged;
import org.mandateledger.meeting.api.BriefIssued;
import org.mandateledger.meeting.api.FeedBack;
import org.mandateledger.meeting.api.FeedbackRecorded;
import org.mandateledger.projections.LedgerProcessor;
import org.springframework.stereotype.Component;

/** Every version of every brief, frozen as issued, with when it was replaced and acknowledged. */
@Component
@ProcessingGroup(LedgerProcessor.NAME)
class BriefProjection {

    private final BriefVersionRepository versions;
    private final FeedbackRepository feedback;

    BriefProjection(BriefVersionRepository versions, FeedbackRepository feedback) {
        this.versions = versions;
        this.feedback = feedback;
    }

    @EventHandler
    void on(BriefIssued event, EventMessage<?> message, @Timestamp Instant at) {
        if (versions.existsById(message.getIdentifier())) {
            return;
        }
        versions.findFirstByBriefAndSupersededAtIsNull(event.brief().value()).ifPresent(previous -> previous.supersededAt = at);
        BriefVersionEntry version = new BriefVersionEntry();
        version.eventId = message.getIdentifier();
        version.brief = event.brief().value();
        version.version = event.version();
        version.meeting = event.meeting().value();
        version.appointment = event.appointment().value();
        version.person = event.delegate().value();
        version.confederation = event.confederation().value();
        version.issuedAt = at;
        List<BriefIssued.BriefItem> items = event.items();
        for (int i = 0; i < items.size(); i++) {
            BriefIssued.BriefItem item = items.get(i);
            version.items.add(new BriefVersionEntry.ItemColumns(item.issue().value(), item.topic().value(), item.authority(),
                    item.positionVersion(), item.mayConcede(), item.mustNotConcede(), item.notes(), item.interestDeclared()));
            for (String matter : item.referBack()) {
                version.referBack.add(new BriefVersionEntry.ReferBackColumns(i, matter));
            }
        }
        versions.save(version);
    }

    @EventHandler
    void on(BriefAcknowledged event, @Timestamp Instant at) {
        versions.findFirstByBriefOrderByVersionDesc(event.brief().value())
                .filter(v -> v.version == event.version() && v.acknowledgedAt == null)
                .ifPresent(v -> v.acknowledgedAt = at);
    }

    @EventHandler
    void on(FeedbackRecorded event, @Timestamp Instant at) {
        if (feedback.existsById(event.brief().value())) {
            return;
        }
        versions.findFirstByBriefOrderByVersionDesc(event.brief().value()).ifPresent(v -> v.fedBackAt = at);
        FeedbackEntry entry = new FeedbackEntry();
        entry.brief = event.brief().value();
        entry.version = event.version();
        entry.recordedAt = at;
        List<FeedBack.ItemOutcome> items = event.items();
        for (int i = 0; i < items.size(); i++) {
            FeedBack.ItemOutcome item = items.get(i);
            entry.outcomes.add(new FeedbackEntry.OutcomeColumns(item.issue().value(), item.outcome(), item.summary(), item.conceded()));
            for (String commitment : item.commitments()) {
                entry.commitments.add(new FeedbackEntry.CommitmentColumns(i, commitment));
            }
        }
        event.unbriefed().forEach(u -> entry.unbriefed.add(new FeedbackEntry.UnbriefedColumns(u.topic().value(), u.summary())));
        feedback.save(entry);
    }

    @ResetHandler
    void reset() {
        feedback.deleteAll();
        versions.deleteAll();
    }
}
