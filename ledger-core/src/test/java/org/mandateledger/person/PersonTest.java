package org.mandateledger.person;

import static org.mandateledger.ledger.Violations.violation;

import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.person.api.DeclareInterest;
import org.mandateledger.person.api.InterestCategory;
import org.mandateledger.person.api.InterestDeclared;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.person.api.PersonRegistered;
import org.mandateledger.person.api.RegisterPerson;
import org.mandateledger.topic.api.TopicSlug;

class PersonTest {

    private static final PersonId DR_PATEL = new PersonId(UUID.fromString("7d9f2c1e-0000-4000-8000-000000000001"));
    private static final UUID INTEREST = UUID.fromString("7d9f2c1e-0000-4000-8000-0000000000aa");
    private static final OrganisationCode NORTH_PCN = new OrganisationCode("U29951");
    private static final OrganisationCode UNREGISTERED = new OrganisationCode("U29999");
    private static final TopicSlug ESTATES = new TopicSlug("estates");
    private static final TopicSlug UNDEFINED = new TopicSlug("pharmacy");

    private static final ExistingAggregates RECORDED = Set.of(NORTH_PCN.aggregateId(), ESTATES.aggregateId())::contains;

    private FixtureConfiguration<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource(RECORDED);
    }

    @Test
    void a_person_is_registered_with_a_home_organisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(DR_PATEL, "Dr Asha Patel", "PCN Clinical Director", NORTH_PCN, "apatel"))
                .expectEvents(new PersonRegistered(DR_PATEL, "Dr Asha Patel", "PCN Clinical Director", NORTH_PCN, "apatel"));
    }

    @Test
    void a_person_from_an_unregistered_organisation_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(DR_PATEL, "Dr Asha Patel", "PCN Clinical Director", UNREGISTERED, null))
                .expectException(violation("UNKNOWN_ORGANISATION"))
                .expectNoEvents();
    }

    @Test
    void a_person_declares_an_interest_on_a_topic() {
        fixture.given(new PersonRegistered(DR_PATEL, "Dr Asha Patel", "PCN Clinical Director", NORTH_PCN, null))
                .when(new DeclareInterest(DR_PATEL, INTEREST, ESTATES, InterestCategory.FINANCIAL, "partner owns the surgery building"))
                .expectEvents(new InterestDeclared(DR_PATEL, INTEREST, ESTATES, InterestCategory.FINANCIAL, "partner owns the surgery building"));
    }

    @Test
    void an_interest_on_an_undefined_topic_is_refused() {
        fixture.given(new PersonRegistered(DR_PATEL, "Dr Asha Patel", "PCN Clinical Director", NORTH_PCN, null))
                .when(new DeclareInterest(DR_PATEL, INTEREST, UNDEFINED, InterestCategory.INDIRECT, "spouse is a pharmacist"))
                .expectException(violation("UNKNOWN_TOPIC"))
                .expectNoEvents();
    }
}
