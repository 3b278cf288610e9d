package org.mandateledger.api.personal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.mandateledger.ledger.LedgerClock;
import org.mandateledger.person.api.InterestDeclared;
import org.mandateledger.person.api.PersonRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events recorded before the vault (revision 1 of {@code PersonRegistered} and
 * {@code InterestDeclared}) hold personal values themselves. At start, before any event processor
 * runs, each such value is copied into the vault under a reference derived from the event's
 * identifier and the field ({@link #ref}), which {@link LegacyPersonalDataUpcaster} puts in place
 * of the value when the event is read. So every reader sees references, and an erasure blanks
 * every copy the service reads; the sealed payload of the old event still holds the value, which
 * the vault marks ({@code sealed_copy}) and ADR 0016 says how to remove.
 */
@Component
class LegacyPersonalData implements SmartInitializingSingleton {

    static final String NAME = "name";
    static final String LOGIN = "login";
    static final String INTEREST_DESCRIPTION = "interest-description";
    private static final Logger log = LoggerFactory.getLogger(LegacyPersonalData.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PersonalDataEntries entries;
    private final JsonMapper json;

    LegacyPersonalData(JdbcTemplate jdbc, TransactionTemplate transaction, PersonalDataEntries entries, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.entries = entries;
        this.json = json;
    }

    /** The vault reference that stands for {@code field} of the revision-1 event {@code eventIdentifier}. */
    static UUID ref(String eventIdentifier, String field) {
        return UUID.nameUUIDFromBytes(("mandate-ledger:personal-data:" + eventIdentifier + ":" + field).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void afterSingletonsInstantiated() {
        Integer copied;
        try {
            copied = transaction.execute(status -> copyIntoTheVault());
        } catch (DataIntegrityViolationException e) {
            // Another instance starting on the same database copied some of them first; what is left is copied now.
            copied = transaction.execute(status -> copyIntoTheVault());
        }
        if (copied != null && copied > 0) {
            log.info("Copied {} personal values from events recorded before the vault into it (ADR 0016)", copied);
        }
    }

    private int copyIntoTheVault() {
        int[] copied = {0};
        jdbc.query("select event_identifier, payload_type, payload from domain_event_entry where payload_revision = '1' and payload_type in (?, ?)",
                row -> {
                    String event = row.getString("event_identifier");
                    JsonNode payload = json.readTree(row.getBytes("payload"));
                    if (row.getString("payload_type").equals(PersonRegistered.class.getName())) {
                        String subject = "person:" + payload.path("id").asString();
                        copied[0] += copy(event, subject, NAME, payload.path("name"));
                        copied[0] += copy(event, subject, LOGIN, payload.path("login"));
                    } else {
                        copied[0] += copy(event, "person:" + payload.path("person").asString(), INTEREST_DESCRIPTION, payload.path("description"));
                    }
                }, PersonRegistered.class.getName(), InterestDeclared.class.getName());
        return copied[0];
    }

    private int copy(String event, String subject, String field, JsonNode value) {
        UUID ref = ref(event, field);
        if (!value.isString() || entries.existsById(ref)) {
            return 0;
        }
        entries.save(new PersonalDataEntry(ref, subject, field, value.asString(), LedgerClock.now(), true));
        return 1;
    }
}
