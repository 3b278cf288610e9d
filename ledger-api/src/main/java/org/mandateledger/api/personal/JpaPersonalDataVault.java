package org.mandateledger.api.personal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mandateledger.ledger.LedgerClock;
import org.mandateledger.ledger.PersonalDataRef;
import org.mandateledger.ledger.PersonalDataVault;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vault in the service's own database. {@link #keep} and {@link #erase} join the transaction of
 * the command that calls them, so a value is kept if and only if the event referring to it is
 * recorded, and an erasure if and only if its {@code PersonalDataErased} is.
 */
@Component
class JpaPersonalDataVault implements PersonalDataVault {

    private final PersonalDataEntries entries;
    JpaPersonalDataVault(PersonalDataEntries entries) {
        this.entries = entries;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public PersonalDataRef keep(String subject, String field, String value) {
        UUID ref = UUID.randomUUID();
        entries.save(new PersonalDataEntry(ref, subject, field, value, LedgerClock.now(), false));
        return new PersonalDataRef(ref);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> value(PersonalDataRef ref) {
        return entries.findById(ref.value()).map(entry -> entry.value);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> erase(String subject) {
        List<String> fields = new ArrayList<>();
        for (PersonalDataEntry entry : entries.findBySubjectOrderByKeptAtAscFieldAsc(subject)) {
            if (entry.value != null) {
                entry.erase(LedgerClock.now());
                if (!fields.contains(entry.field)) {
                    fields.add(entry.field);
                }
            }
        }
        return fields;
    }

    /** How many of the subject's values were copied from events recorded before the vault, whose sealed payloads still hold them. */
    @Transactional(readOnly = true)
    public long sealedCopies(String subject) {
        return entries.findBySubjectOrderByKeptAtAscFieldAsc(subject).stream().filter(entry -> entry.sealedCopy).count();
    }
}
