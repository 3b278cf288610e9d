package org.mandateledger.projections.mandate;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.mandateledger.confederation.api.MandateGranted;
import org.mandateledger.confederation.api.MandateSuperseded;
import org.mandateledger.confederation.api.MandateWithdrawn;
import org.mandateledger.projections.LedgerProcessor;
import org.springframework.stereotype.Component;

/** Every mandate with the interval it stood in. */
@Component
@ProcessingGroup(LedgerProcessor.NAME)
class MandateProjection {

    private final MandateRepository mandates;

    MandateProjection(MandateRepository mandates) {
        this.mandates = mandates;
    }

    @EventHandler
    void on(MandateGranted event, @Timestamp Instant at) {
        if (mandates.existsById(event.mandate().value())) {
            return;
        }
        mandates.save(new MandateEntry(event.mandate().value(), event.confederation().value(), event.grantor().value(),
                event.topics(), event.ceiling(), event.validFrom(), event.validUntil(), event.terms(), event.evidence(), at));
    }

    @EventHandler
    void on(MandateWithdrawn event, @Timestamp Instant at) {
        mandates.findById(event.mandate().value()).ifPresent(m -> {
            m.withdrawnAt = at;
            m.withdrawalReason = event.reason();
        });
    }

    @EventHandler
    void on(MandateSuperseded event, @Timestamp Instant at) {
        mandates.findById(event.mandate().value()).ifPresent(m -> {
            // A later grant may bring an already recorded supersession forward; never push it back.
            if (m.supersededFrom == null || event.from().isBefore(m.supersededFrom)) {
                m.supersededAt = at;
                m.supersededFrom = event.from();
                m.supersededBy = event.supersededBy().value();
            }
        });
    }

    @ResetHandler
    void reset() {
        mandates.deleteAllInBatch();
    }
}
