package org.mandateledger.appointment.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record EndAppointment(@TargetAggregateIdentifier AppointmentId id, String reason) {
}
