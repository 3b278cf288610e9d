package org.mandateledger.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** People as the service stored them before the personal data vault: revision 1 of {@code PersonRegistered}, the values in the payload (ADR 0016). */
final class RevisionOnePeople {

    private RevisionOnePeople() {
    }

    /** Stores the event of a person registered with this name and login (or none), recorded by {@code registrar}, at the next position. */
    static void insert(JdbcTemplate jdbc, String id, String name, String organisation, String login) {
        String loginJson = login == null ? "null" : "\"" + login + "\"";
        byte[] payload = ("{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"role\":\"PCN Clinical Director\",\"organisation\":\"" + organisation
                + "\",\"login\":" + loginJson + "}").getBytes(StandardCharsets.UTF_8);
        jdbc.update("insert into domain_event_entry (global_index, event_identifier, meta_data, payload, payload_revision, payload_type,"
                        + " time_stamp, aggregate_identifier, sequence_number, type)"
                        + " values (next value for domain_event_entry_seq, ?, ?, ?, '1', ?, ?, ?, 0, 'Person')",
                UUID.randomUUID().toString(), "{\"actor\":\"registrar\"}".getBytes(StandardCharsets.UTF_8), payload,
                "org.mandateledger.person.api.PersonRegistered", Instant.now().toString(), "person:" + id);
    }
}
