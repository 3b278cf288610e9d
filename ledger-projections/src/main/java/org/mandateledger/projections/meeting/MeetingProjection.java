package org.mandateledger.projections.meeting;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.mandateledger.meeting.api.MeetingScheduled;
import org.mandateledger.projections.LedgerProcessor;
import org.springframework.stereotype.Component;

/** Meetings of system forums. */
@Component
@ProcessingGroup(LedgerProcessor.NAME)
class MeetingProjection {

    private final MeetingRepository meetings;

    MeetingProjection(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    @EventHandler
    void on(MeetingScheduled event) {
        meetings.save(new MeetingEntry(event.id().value(), event.forum().value(), event.startsAt(), event.title()));
    }

    @ResetHandler
    void reset() {
        meetings.deleteAllInBatch();
    }
}
