package org.mandateledger.appointment.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.forum.api.ForumScope;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.topic.api.TopicScope;

/** Makes a person a delegate of the confederation for some forums and topics, up to a ceiling, for a term. */
public record AppointDelegate(@TargetAggregateIdentifier AppointmentId id, ConfederationSlug confederation, PersonId person,
                              ForumScope forums, TopicScope topics, AuthorityLevel ceiling, LocalDate from, LocalDate until) {
}
