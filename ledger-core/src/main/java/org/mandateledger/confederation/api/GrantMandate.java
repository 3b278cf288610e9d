package org.mandateledger.confederation.api;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicScope;

/** A member organisation's grant to its confederation; {@code validUntil}, terms and evidence are optional. */
public record GrantMandate(
        @TargetAggregateIdentifier ConfederationSlug confederation,
        MandateId mandate,
        OrganisationCode grantor,
        TopicScope topics,
        AuthorityLevel ceiling,
        LocalDate validFrom,
        LocalDate validUntil,
        String terms,
        String evidence) {
}
