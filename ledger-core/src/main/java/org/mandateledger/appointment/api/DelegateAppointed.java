package org.mandateledger.appointment.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.forum.api.ForumScope;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.topic.api.TopicScope;

/** The term runs on the calendar days {@code from} to {@code until} (Europe/London, inclusive); open-ended when {@code until} is null. */
@Revision("1")
public record DelegateAppointed(AppointmentId id, ConfederationSlug confederation, PersonId person, ForumScope forums, TopicScope topics,
                                AuthorityLevel ceiling, LocalDate from, LocalDate until) {
}
