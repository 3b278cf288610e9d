package org.mandateledger.projections.speaking;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.mandateledger.appointment.api.AppointmentEnded;
import org.mandateledger.appointment.api.DelegateAppointed;
import org.mandateledger.projections.LedgerProcessor;
import org.springframework.stereotype.Component;

/** Appointments of delegates, kept with their terms and the interval in which they stood. */
@Component
@ProcessingGroup(LedgerProcessor.NAME)
class AppointmentProjection {

    private final AppointmentRepository appointments;

    AppointmentProjection(AppointmentRepository appointments) {
        this.appointments = appointments;
    }

    @EventHandler
    void on(DelegateAppointed event, @Timestamp Instant at) {
        if (appointments.existsById(event.id().value())) {
            return;
        }
        AppointmentEntry appointment = new AppointmentEntry();
        appointment.id = event.id().value();
        appointment.confederation = event.confederation().value();
        appointment.person = event.person().value();
        appointment.forums = String.join(",", event.forums().names());
        appointment.topics = String.join(",", event.topics().names());
        appointment.ceiling = event.ceiling();
        appointment.from = event.from();
        appointment.until = event.until();
        appointment.appointedAt = at;
        appointments.save(appointment);
    }

    @EventHandler
    void on(AppointmentEnded event, @Timestamp Instant at) {
        appointments.findById(event.id().value()).ifPresent(a -> {
            a.endedAt = at;
            a.endReason = event.reason();
        });
    }

    @ResetHandler
    void reset() {
        appointments.deleteAllInBatch();
    }
}
