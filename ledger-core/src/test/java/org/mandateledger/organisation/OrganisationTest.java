package org.mandateledger.organisation;

import static org.mandateledger.ledger.Violations.violation;
import static org.mandateledger.organisation.api.OrganisationKind.ICB;
import static org.mandateledger.organisation.api.OrganisationKind.LMC;
import static org.mandateledger.organisation.api.OrganisationKind.PCN;
import static org.mandateledger.organisation.api.OrganisationKind.PRACTICE;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandateledger.ledger.RecordOutcome;
import org.mandateledger.organisation.api.ListSizeRecorded;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.organisation.api.OrganisationRegistered;
import org.mandateledger.organisation.api.OrganisationRenamed;
import org.mandateledger.organisation.api.PcnMembershipRecorded;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.organisation.api.RecordOrganisation;

class OrganisationTest {

    private static final OrganisationCode ALDERLEY = new OrganisationCode("N81001");
    private static final OrganisationCode NORTH_PCN = new OrganisationCode("U29951");
    private static final OrganisationCode SOUTH_PCN = new OrganisationCode("U29952");
    private static final OrganisationCode ICB_CHESHIRE = new OrganisationCode("QYG");
    private static final OrganisationCode CHESHIRE_LMC = new OrganisationCode("LMC-CHESHIRE");

    private static final LocalDate APRIL = LocalDate.of(2025, 4, 1);
    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    private FixtureConfiguration<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerInjectableResource((ExistingAggregates) id -> id.equals(NORTH_PCN.aggregateId()) || id.equals(SOUTH_PCN.aggregateId()));
    }

    private static RecordOrganisation alderley(String name, Long patients, LocalDate listSizeDate, OrganisationCode pcn) {
        return new RecordOrganisation(ALDERLEY, name, PRACTICE, patients, listSizeDate, pcn);
    }

    /** Alderley as the first ODS import left it: 9,800 patients in April, in the northern PCN. */
    private static Object[] alderleyAsImported() {
        return new Object[] {
                new OrganisationRegistered(ALDERLEY, "Alderley Medical Centre", PRACTICE),
                new ListSizeRecorded(ALDERLEY, 9_800, APRIL),
                new PcnMembershipRecorded(ALDERLEY, NORTH_PCN)};
    }

    @Test
    void a_pcn_that_is_not_registered_is_refused() {
        fixture.given(alderleyAsImported())
                .when(alderley(null, null, null, new OrganisationCode("U99999")))
                .expectException(org.mandateledger.ledger.Violations.violation("UNKNOWN_ORGANISATION"))
                .expectNoEvents();
    }

    @Test
    void registering_a_practice_records_its_facts_and_answers_registered() {
        fixture.givenNoPriorActivity()
                .when(alderley("Alderley Medical Centre", 9_800L, APRIL, NORTH_PCN))
                .expectEvents(
                        new OrganisationRegistered(ALDERLEY, "Alderley Medical Centre", PRACTICE),
                        new ListSizeRecorded(ALDERLEY, 9_800, APRIL),
                        new PcnMembershipRecorded(ALDERLEY, NORTH_PCN))
                .expectResultMessagePayload(RecordOutcome.REGISTERED);
    }

    @Test
    void a_body_without_an_ods_code_is_registered_by_its_local_code() {
        fixture.givenNoPriorActivity()
                .when(new RecordOrganisation(CHESHIRE_LMC, "Cheshire LMC", LMC, null, null, null))
                .expectEvents(new OrganisationRegistered(CHESHIRE_LMC, "Cheshire LMC", LMC))
                .expectResultMessagePayload(RecordOutcome.REGISTERED);
    }

    @Test
    void registering_needs_a_name() {
        fixture.givenNoPriorActivity()
                .when(new RecordOrganisation(ALDERLEY, null, PRACTICE, 9_800L, APRIL, null))
                .expectException(violation("ORGANISATION_INCOMPLETE"))
                .expectNoEvents();
    }

    @Test
    void registering_needs_a_kind() {
        fixture.givenNoPriorActivity()
                .when(new RecordOrganisation(ALDERLEY, "Alderley Medical Centre", null, null, null, null))
                .expectException(violation("ORGANISATION_INCOMPLETE"))
                .expectNoEvents();
    }

    @Test
    void recording_the_same_facts_again_appends_nothing() {
        fixture.given(alderleyAsImported())
                .when(alderley("Alderley Medical Centre", 9_800L, APRIL, NORTH_PCN))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(RecordOutcome.UNCHANGED);
    }

    @Test
    void a_record_naming_no_facts_leaves_the_organisation_as_it_is() {
        fixture.given(alderleyAsImported())
                .when(new RecordOrganisation(ALDERLEY, null, null, null, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(RecordOutcome.UNCHANGED);
    }

    @Test
    void a_new_name_is_recorded_as_a_rename() {
        fixture.given(alderleyAsImported())
                .when(alderley("Alderley Edge Medical Centre", 9_800L, APRIL, NORTH_PCN))
                .expectEvents(new OrganisationRenamed(ALDERLEY, "Alderley Edge Medical Centre"))
                .expectResultMessagePayload(RecordOutcome.UPDATED);
    }

    @Test
    void a_changed_list_size_is_recorded() {
        fixture.given(alderleyAsImported())
                .when(alderley("Alderley Medical Centre", 9_950L, JULY, NORTH_PCN))
                .expectEvents(new ListSizeRecorded(ALDERLEY, 9_950, JULY))
                .expectResultMessagePayload(RecordOutcome.UPDATED);
    }

    @Test
    void the_same_list_size_published_on_a_new_date_is_recorded() {
        fixture.given(alderleyAsImported())
                .when(alderley("Alderley Medical Centre", 9_800L, JULY, NORTH_PCN))
                .expectEvents(new ListSizeRecorded(ALDERLEY, 9_800, JULY))
                .expectResultMessagePayload(RecordOutcome.UPDATED);
    }

    @Test
    void the_same_list_size_sent_without_a_date_keeps_its_date() {
        fixture.given(alderleyAsImported())
                .when(alderley(null, 9_800L, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(RecordOutcome.UNCHANGED);
    }

    @Test
    void a_new_list_size_sent_without_a_date_has_no_date() {
        fixture.given(alderleyAsImported())
                .when(alderley(null, 9_900L, null, null))
                .expectEvents(new ListSizeRecorded(ALDERLEY, 9_900, null));
    }

    @Test
    void the_latest_list_size_is_the_one_compared_against() {
        fixture.given(alderleyAsImported())
                .andGiven(new ListSizeRecorded(ALDERLEY, 9_950, JULY))
                .when(alderley("Alderley Medical Centre", 9_950L, JULY, NORTH_PCN))
                .expectNoEvents()
                .expectResultMessagePayload(RecordOutcome.UNCHANGED);
    }

    @Test
    void a_move_to_another_pcn_is_recorded_once() {
        fixture.given(alderleyAsImported())
                .andGivenCommands(alderley("Alderley Medical Centre", 9_800L, APRIL, SOUTH_PCN))
                .when(alderley("Alderley Medical Centre", 9_800L, APRIL, SOUTH_PCN))
                .expectNoEvents()
                .expectResultMessagePayload(RecordOutcome.UNCHANGED);
    }

    @Test
    void a_move_to_another_pcn_is_recorded() {
        fixture.given(alderleyAsImported())
                .when(alderley("Alderley Medical Centre", 9_800L, APRIL, SOUTH_PCN))
                .expectEvents(new PcnMembershipRecorded(ALDERLEY, SOUTH_PCN))
                .expectResultMessagePayload(RecordOutcome.UPDATED);
    }

    @Test
    void a_kind_cannot_change() {
        fixture.given(alderleyAsImported())
                .when(new RecordOrganisation(ALDERLEY, "Alderley Medical Centre", PCN, null, null, null))
                .expectException(violation("ORGANISATION_KIND_FIXED"))
                .expectNoEvents();
    }

    @Test
    void restating_the_same_kind_is_no_change() {
        fixture.given(alderleyAsImported())
                .when(new RecordOrganisation(ALDERLEY, "Alderley Medical Centre", PRACTICE, null, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(RecordOutcome.UNCHANGED);
    }

    @Test
    void a_list_size_for_a_non_practice_is_refused_at_registration() {
        fixture.givenNoPriorActivity()
                .when(new RecordOrganisation(ICB_CHESHIRE, "NHS Cheshire and Merseyside ICB", ICB, 2_700_000L, APRIL, null))
                .expectException(violation("PRACTICE_FACTS_ONLY"))
                .expectNoEvents();
    }

    @Test
    void a_list_size_for_a_registered_non_practice_is_refused() {
        fixture.given(new OrganisationRegistered(NORTH_PCN, "Alderley and Wilmslow PCN", PCN))
                .when(new RecordOrganisation(NORTH_PCN, null, null, 45_000L, APRIL, null))
                .expectException(violation("PRACTICE_FACTS_ONLY"))
                .expectNoEvents();
    }

    @Test
    void a_pcn_for_a_non_practice_is_refused() {
        fixture.given(new OrganisationRegistered(CHESHIRE_LMC, "Cheshire LMC", LMC))
                .when(new RecordOrganisation(CHESHIRE_LMC, null, null, null, null, NORTH_PCN))
                .expectException(violation("PRACTICE_FACTS_ONLY"))
                .expectNoEvents();
    }
}
