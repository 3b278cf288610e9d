package org.mandateledger.confederation.api;

import java.time.Instant;
import java.util.Set;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicSlug;

/**
 * Where a confederation stands, as recorded: for commands of other aggregates that must never
 * grant more than the confederation holds (a brief). Answered from a consistent source, never
 * from a projection that may lag.
 */
public interface ConfederationStanding {

    /**
     * The confederation's authority on a topic now: the highest level whose threshold its member
     * practices' applicable mandates meet today, {@code OBSERVE} if none (and for a confederation
     * or topic not recorded).
     */
    AuthorityLevel authorityOn(ConfederationSlug confederation, TopicSlug topic);

    /**
     * Whether practices supporting a position recorded at an instant met the adoption threshold
     * over all member practices as they stood then, by count and by registered patients.
     */
    boolean adopts(ConfederationSlug confederation, Set<OrganisationCode> supporting, Instant recordedAt);
}
