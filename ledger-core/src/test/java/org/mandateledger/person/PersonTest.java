package org.mandateledger.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.ledger.InMemoryPersonalDataVault.ref;
import static org.mandateledger.ledger.Violations.violation;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.ledger.InMemoryPersonalDataVault;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.person.api.DeclareInterest;
import org.mandateledger.person.api.ErasePersonalData;
import org.mandateledger.person.api.ErasureGround;
import org.mandateledger.person.api.InterestCategory;
import org.mandateledger.person.api.InterestDeclared;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.person.api.PersonRegistered;
import org.mandateledger.person.api.PersonalDataErased;
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

    private final InMemoryPersonalDataVault vault = new InMemoryPersonalDataVault();
    private FixtureConfiguration<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource(RECORDED);
        fixture.registerInjectableResource(vault);
    }

    @Test
    void a_person_is_registered_with_their_name_and_login_kept_in_the_vault_and_referred_to() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(DR_PATEL, "Dr Asha Patel", "PCN Clinical Director", NORTH_PCN, "apatel"))
                .expectEvents(new PersonRegistered(DR_PATEL, ref(1), "PCN Clinical Director", NORTH_PCN, ref(2)));
        assertThat(vault.value(ref(1))).contains("Dr Asha Patel");
        assertThat(vault.value(ref(2))).contains("apatel");
    }

    @Test
    void a_person_without_a_login_has_no_login_reference() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(DR_PATEL, "Dr Asha Patel", "PCN Clinical Director", NORTH_PCN, null))
                .expectEvents(new PersonRegistered(DR_PATEL, ref(1), "PCN Clinical Director", NORTH_PCN, null));
    }

    @Test
    void a_person_from_an_unregistered_organisation_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(DR_PATEL, "Dr Asha Patel", "PCN Clinical Director", UNREGISTERED, null))
                .expectException(violation("UNKNOWN_ORGANISATION"))
                .expectNoEvents();
    }

    @Test
    void a_person_declares_an_interest_on_a_topic_whose_description_is_kept_in_the_vault() {
        fixture.given(new PersonRegistered(DR_PATEL, ref(100), "PCN Clinical Director", NORTH_PCN, null))
                .when(new DeclareInterest(DR_PATEL, INTEREST, ESTATES, InterestCategory.FINANCIAL, "partner owns the surgery building"))
                .expectEvents(new InterestDeclared(DR_PATEL, INTEREST, ESTATES, InterestCategory.FINANCIAL, ref(1)));
        assertThat(vault.value(ref(1))).contains("partner owns the surgery building");
    }

    @Test
    void an_interest_on_an_undefined_topic_is_refused() {
        fixture.given(new PersonRegistered(DR_PATEL, ref(100), "PCN Clinical Director", NORTH_PCN, null))
                .when(new DeclareInterest(DR_PATEL, INTEREST, UNDEFINED, InterestCategory.INDIRECT, "spouse is a pharmacist"))
                .expectException(violation("UNKNOWN_TOPIC"))
                .expectNoEvents();
    }

    @Test
    void an_erasure_blanks_what_the_vault_keeps_about_the_person_and_records_the_fields_and_ground() {
        PersonRegistered registered = new PersonRegistered(DR_PATEL, vault.keep(DR_PATEL.toString(), "name", "Dr Asha Patel"),
                "PCN Clinical Director", NORTH_PCN, vault.keep(DR_PATEL.toString(), "login", "apatel"));
        vault.keep("person:someone-else", "name", "Dr Someone Else");

        fixture.given(registered)
                .when(new ErasePersonalData(DR_PATEL, ErasureGround.PERSON_ASKED))
                .expectEvents(new PersonalDataErased(DR_PATEL, List.of("name", "login"), ErasureGround.PERSON_ASKED))
                .expectResultMessagePayload(List.of("name", "login"));
        assertThat(vault.value(registered.name())).isEmpty();
        assertThat(vault.value(registered.login())).isEmpty();
        assertThat(vault.value(ref(3))).as("another person's data stays").contains("Dr Someone Else");
    }

    @Test
    void an_erased_person_is_not_erased_twice_nor_given_new_interests() {
        PersonRegistered registered = new PersonRegistered(DR_PATEL, ref(100), "PCN Clinical Director", NORTH_PCN, null);
        PersonalDataErased erased = new PersonalDataErased(DR_PATEL, List.of("name"), ErasureGround.NO_LONGER_NEEDED);
        fixture.given(registered, erased)
                .when(new ErasePersonalData(DR_PATEL, ErasureGround.PERSON_ASKED))
                .expectException(violation("PERSON_ERASED"))
                .expectNoEvents();
        fixture.given(registered, erased)
                .when(new DeclareInterest(DR_PATEL, INTEREST, ESTATES, InterestCategory.FINANCIAL, "partner owns the surgery building"))
                .expectException(violation("PERSON_ERASED"))
                .expectNoEvents();
    }
}
