package org.mandateledger.projections.person;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.mandateledger.person.api.InterestDeclared;
import org.mandateledger.person.api.PersonRegistered;
import org.mandateledger.projections.LedgerProcessor;
import org.springframework.stereotype.Component;

/** People who may be appointed, with their declared interests. */
@Component
@ProcessingGroup(LedgerProcessor.NAME)
class PersonProjection {

    private final PersonRepository people;
    private final InterestRepository interests;

    PersonProjection(PersonRepository people, InterestRepository interests) {
        this.people = people;
        this.interests = interests;
    }

    @EventHandler
    void on(PersonRegistered event) {
        people.save(new PersonEntry(event.id().value(), event.name(), event.role(), event.organisation().value(), event.login()));
    }

    @EventHandler
    void on(InterestDeclared event, @Timestamp Instant at) {
        interests.save(new InterestEntry(event.interestId(), event.person().value(), event.topic().value(), event.category(),
                event.description(), at));
    }

    @ResetHandler
    void reset() {
        interests.deleteAllInBatch();
        people.deleteAllInBatch();
    }
}
