package org.mandateledger.confederation.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicScope;

/** Valid on the calendar days from {@code validFrom} to {@code validUntil} (Europe/London, inclusive); open-ended when {@code validUntil} is null. */
@Revision("1")
public record MandateGranted(
        ConfederationSlug confederation,
        MandateId mandate,
        OrganisationCode grantor,
        TopicScope topics,
        AuthorityLevel ceiling,
        LocalDate validFrom,
        LocalDate validUntil,
        String terms,
        String evidence) {
}
