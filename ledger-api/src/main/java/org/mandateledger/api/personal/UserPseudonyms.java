package org.mandateledger.api.personal;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.mandateledger.api.ledger.ActorPseudonyms;
import org.mandateledger.ledger.LedgerClock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A user's pseudonym is a vault reference: the row {@code (subject user:<name>, field username)}
 * keeps the name, and its reference goes in the metadata of every event the user records. Made in
 * a transaction of its own the first time a user sends a command, and remembered; a pseudonym
 * made for a command that then failed is kept and simply used next time. Two instances making a
 * user's first pseudonym at once each keep one; both resolve to the user (ADR 0016).
 */
@Component
class UserPseudonyms implements ActorPseudonyms {

    static final String USERNAME = "username";

    private final PersonalDataEntries entries;
    private final TransactionTemplate ownTransaction;
    private final ConcurrentMap<String, String> known = new ConcurrentHashMap<>();

    UserPseudonyms(PersonalDataEntries entries, PlatformTransactionManager transactions) {
        this.entries = entries;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public String of(String username) {
        return known.computeIfAbsent(username, this::keptOrMade);
    }

    private String keptOrMade(String username) {
        String subject = subject(username);
        return ownTransaction.execute(status -> entries.findBySubjectOrderByKeptAtAscFieldAsc(subject).stream()
                .filter(entry -> USERNAME.equals(entry.field) && entry.value != null)
                .findFirst()
                .orElseGet(() -> entries.save(new PersonalDataEntry(UUID.randomUUID(), subject, USERNAME, username, LedgerClock.now(), false)))
                .ref.toString());
    }

    static String subject(String username) {
        return "user:" + username;
    }
}
