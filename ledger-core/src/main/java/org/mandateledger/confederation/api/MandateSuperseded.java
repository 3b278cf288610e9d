package org.mandateledger.confederation.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * The grantor's new mandate on an overlapping scope replaces this one from the day {@code from}
 * (Europe/London): the day the new mandate starts, or the day it was granted if it starts at once.
 * Until then this one still counts, so a practice renewing ahead of time is never left without one.
 */
@Revision("1")
public record MandateSuperseded(ConfederationSlug confederation, MandateId mandate, MandateId supersededBy, LocalDate from) {
}
