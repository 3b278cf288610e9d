package org.mandateledger.projections.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action: {@code owner} is an organisation code, {@code due} a London calendar day. */
public record ActionView(UUID id, String description, String owner, LocalDate due, Status status, UUID brief, UUID meeting,
                         Instant pickedUpAt, Instant completedAt, String completionNote) {

    public enum Status { OPEN, DONE }
}
