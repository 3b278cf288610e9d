package org.mandateledger.projections.person;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.mandateledger.ledger.PersonalDataRef;
import org.mandateledger.ledger.PersonalDataVault;
import org.mandateledger.person.api.InterestDeclared;
import org.mandateledger.person.api.PersonRegistered;
import org.mandateledger.person.api.PersonalDataErased;
import org.mandateledger.projections.LedgerProcessor;
import org.springframework.stereotype.Component;

/**
 * People who may be appointed, with their declared interests. Names, logins and descriptions are
 * read from the personal data vault the events refer to; an erased value reads as
 * {@value #ERASED} (a login as none), whether the erasure came before a rebuild or after.
 */
@Component
@ProcessingGroup(LedgerProcessor.NAME)
class PersonProjection {

    static final String ERASED = "[erased]";

    private final PersonRepository people;
    private final InterestRepository interests;
    private final PersonalDataVault vault;

    PersonProjection(PersonRepository people, InterestRepository interests, PersonalDataVault vault) {
        this.people = people;
        this.interests = interests;
        this.vault = vault;
    }

    @EventHandler
    void on(PersonRegistered event) {
        String login = event.login() == null ? null : vault.value(event.login()).orElse(null);
        people.save(new PersonEntry(event.id().value(), valueOf(event.name()), event.role(), event.organisation().value(), login));
    }

    @EventHandler
    void on(InterestDeclared event, @Timestamp Instant at) {
        interests.save(new InterestEntry(event.interestId(), event.person().value(), event.topic().value(), event.category(),
                valueOf(event.description()), at));
    }

    @EventHandler
    void on(PersonalDataErased event) {
        people.findById(event.person().value()).ifPresent(person -> {
            person.erase(ERASED);
            people.save(person);
        });
        interests.findByPersonOrderByDeclaredAt(event.person().value()).forEach(interest -> {
            interest.erase(ERASED);
            interests.save(interest);
        });
    }

    private String valueOf(PersonalDataRef ref) {
        return vault.value(ref).orElse(ERASED);
    }

    @ResetHandler
    void reset() {
        interests.deleteAllInBatch();
        people.deleteAllInBatch();
    }
}
