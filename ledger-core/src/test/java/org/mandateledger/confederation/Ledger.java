package org.mandateledger.confederation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Threshold;
import org.mandateledger.confederation.api.ConfederationFormed;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.confederation.api.Constitution;
import org.mandateledger.confederation.api.GrantMandate;
import org.mandateledger.confederation.api.MandateGranted;
import org.mandateledger.confederation.api.MandateId;
import org.mandateledger.confederation.api.MemberAdmitted;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.topic.api.TopicScope;
import org.mandateledger.topic.api.TopicSlug;

/** The cast of the confederation stories: Cheshire East, a few practices, a few topics, one morning in June. */
final class Ledger {

    static final ConfederationSlug CHESHIRE_EAST = new ConfederationSlug("cheshire-east");

    static final OrganisationCode ALDERLEY = new OrganisationCode("N81001");
    static final OrganisationCode BOLLINGTON = new OrganisationCode("N81002");
    /** Registered in the ledger, but never admitted to the confederation. */
    static final OrganisationCode CONGLETON = new OrganisationCode("N81003");
    /** Never registered at all. */
    static final OrganisationCode UNKNOWN_PRACTICE = new OrganisationCode("N89999");

    static final TopicSlug ACCESS = new TopicSlug("access");
    static final TopicSlug URGENT_CARE = new TopicSlug("urgent-care");
    static final TopicSlug ESTATES = new TopicSlug("estates");
    static final TopicSlug UNDEFINED_TOPIC = new TopicSlug("pharmacy");

    /** 10:00 on Monday 2 June 2025 in London (British Summer Time). */
    static final Instant NOW = Instant.parse("2025-06-02T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    /** What the event store holds besides the confederation itself. */
    static final ExistingAggregates RECORDED = Set.of(
            ALDERLEY.aggregateId(), BOLLINGTON.aggregateId(), CONGLETON.aggregateId(),
            ACCESS.aggregateId(), URGENT_CARE.aggregateId(), ESTATES.aggregateId())::contains;

    static final Constitution CONSTITUTION = new Constitution(Map.of(
            AuthorityLevel.REPRESENT, Threshold.of("0.5", "0.5"),
            AuthorityLevel.NEGOTIATE, Threshold.of("0.5", "0.5"),
            AuthorityLevel.AGREE, Threshold.of("0.66", "0.66")),
            Threshold.of("0.5", "0.5"), 7);

    static final Constitution STRICTER_CONSTITUTION = new Constitution(Map.of(
            AuthorityLevel.REPRESENT, Threshold.of("0.5", "0.5"),
            AuthorityLevel.NEGOTIATE, Threshold.of("0.6", "0.6"),
            AuthorityLevel.AGREE, Threshold.of("0.75", "0.75")),
            Threshold.of("0.5", "0.5"), 14);

    private Ledger() {
    }

    /** A stable, readable mandate id: the same name always gives the same id. */
    static MandateId mandate(String name) {
        return new MandateId(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)));
    }

    static TopicScope topics(TopicSlug... topics) {
        return TopicScope.of(topics);
    }

    static TopicScope everyTopic() {
        return TopicScope.all();
    }

    static ConfederationFormed formed() {
        return new ConfederationFormed(CHESHIRE_EAST, "Cheshire East GP Confederation", "Cheshire East", CONSTITUTION);
    }

    static MemberAdmitted admitted(OrganisationCode member) {
        return new MemberAdmitted(CHESHIRE_EAST, member);
    }

    static GrantMandate grant(MandateId id, OrganisationCode grantor, TopicScope scope, AuthorityLevel ceiling) {
        return grant(id, grantor, scope, ceiling, TODAY, null);
    }

    static GrantMandate grant(MandateId id, OrganisationCode grantor, TopicScope scope, AuthorityLevel ceiling,
                              LocalDate validFrom, LocalDate validUntil) {
        return new GrantMandate(CHESHIRE_EAST, id, grantor, scope, ceiling, validFrom, validUntil,
                "agreement in principle", "practice meeting minute");
    }

    static MandateGranted granted(MandateId id, OrganisationCode grantor, TopicScope scope, AuthorityLevel ceiling) {
        return granted(id, grantor, scope, ceiling, TODAY, null);
    }

    static MandateGranted granted(MandateId id, OrganisationCode grantor, TopicScope scope, AuthorityLevel ceiling,
                                  LocalDate validFrom, LocalDate validUntil) {
        return new MandateGranted(CHESHIRE_EAST, id, grantor, scope, ceiling, validFrom, validUntil,
                "agreement in principle", "practice meeting minute");
    }

    /** The event a grant command should produce, field for field. */
    static MandateGranted grantedBy(GrantMandate command) {
        return new MandateGranted(command.confederation(), command.mandate(), command.grantor(), command.topics(),
                command.ceiling(), command.validFrom(), command.validUntil(), command.terms(), command.evidence());
    }
}
