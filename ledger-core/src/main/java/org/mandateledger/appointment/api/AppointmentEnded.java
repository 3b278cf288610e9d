package org.mandateledger.appointment.api;

import org.axonframework.serialization.Revision;

@Revision("1")
public record AppointmentEnded(AppointmentId id, String reason) {
}
