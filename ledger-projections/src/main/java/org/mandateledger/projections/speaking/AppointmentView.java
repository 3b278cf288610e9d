package org.mandateledger.projections.speaking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mandateledger.authority.AuthorityLevel;

public record AppointmentView(UUID id, String confederation, UUID person, List<String> forums, List<String> topics, AuthorityLevel ceiling,
                              LocalDate from, LocalDate until, String status, Instant appointedAt, Instant endedAt, String endReason) {
}
