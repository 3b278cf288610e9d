package org.mandateledger.confederation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.authority.AuthorityLevel.AGREE;
import static org.mandateledger.authority.AuthorityLevel.OBSERVE;
import static org.mandateledger.authority.AuthorityLevel.NEGOTIATE;
import static org.mandateledger.authority.AuthorityLevel.REPRESENT;
import static org.mandateledger.confederation.Ledger.ACCESS;
import static org.mandateledger.confederation.Ledger.ALDERLEY;
import static org.mandateledger.confederation.Ledger.BOLLINGTON;
import static org.mandateledger.confederation.Ledger.CHESHIRE_EAST;
import static org.mandateledger.confederation.Ledger.CONGLETON;
import static org.mandateledger.confederation.Ledger.CONSTITUTION;
import static org.mandateledger.confederation.Ledger.ESTATES;
import static org.mandateledger.confederation.Ledger.NOW;
import static org.mandateledger.confederation.Ledger.RECORDED;
import static org.mandateledger.confederation.Ledger.STRICTER_CONSTITUTION;
import static org.mandateledger.confederation.Ledger.TODAY;
import static org.mandateledger.confederation.Ledger.UNDEFINED_TOPIC;
import static org.mandateledger.confederation.Ledger.UNKNOWN_PRACTICE;
import static org.mandateledger.confederation.Ledger.URGENT_CARE;
import static org.mandateledger.confederation.Ledger.admitted;
import static org.mandateledger.confederation.Ledger.everyTopic;
import static org.mandateledger.confederation.Ledger.formed;
import static org.mandateledger.confederation.Ledger.grant;
import static org.mandateledger.confederation.Ledger.granted;
import static org.mandateledger.confederation.Ledger.grantedBy;
import static org.mandateledger.confederation.Ledger.mandate;
import static org.mandateledger.confederation.Ledger.topics;
import static org.mandateledger.ledger.Violations.violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Threshold;
import org.mandateledger.confederation.api.AdmitMember;
import org.mandateledger.confederation.api.ConfederationFormed;
import org.mandateledger.confederation.api.ConfederationRenamed;
import org.mandateledger.confederation.api.Constitution;
import org.mandateledger.confederation.api.ConstitutionAmended;
import org.mandateledger.confederation.api.GrantMandate;
import org.mandateledger.confederation.api.MandateId;
import org.mandateledger.confederation.api.MandateStatus;
import org.mandateledger.confederation.api.MandateSuperseded;
import org.mandateledger.confederation.api.MandateWithdrawn;
import org.mandateledger.confederation.api.MemberAdmitted;
import org.mandateledger.confederation.api.MemberLeft;
import org.mandateledger.confederation.api.RecordConfederation;
import org.mandateledger.confederation.api.RemoveMember;
import org.mandateledger.confederation.api.WithdrawMandate;
import org.mandateledger.ledger.RecordOutcome;

class ConfederationTest {

    private FixtureConfiguration<Confederation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Confederation.class);
        fixture.registerInjectableResource(RECORDED);
    }

    /** Formed, with Alderley and Bollington admitted, at 10:00 on 2 June 2025. */
    private TestExecutor<Confederation> aConfederationOfAlderleyAndBollington() {
        return fixture.givenCurrentTime(NOW).andGiven(formed(), admitted(ALDERLEY), admitted(BOLLINGTON));
    }

    @Nested
    class FormingAndAmending {

        @Test
        void a_confederation_is_formed_with_a_name_a_place_and_a_constitution() {
            fixture.givenNoPriorActivity()
                    .when(new RecordConfederation(CHESHIRE_EAST, "Cheshire East GP Confederation", "Cheshire East", CONSTITUTION))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new ConfederationFormed(CHESHIRE_EAST, "Cheshire East GP Confederation", "Cheshire East", CONSTITUTION))
                    .expectResultMessagePayload(RecordOutcome.REGISTERED)
                    .expectState(confederation -> {
                        assertThat(confederation.name()).isEqualTo("Cheshire East GP Confederation");
                        assertThat(confederation.constitution()).isEqualTo(CONSTITUTION);
                        assertThat(confederation.members()).isEmpty();
                        assertThat(confederation.mandates()).isEmpty();
                    });
        }

        static Stream<RecordConfederation> incompleteFormations() {
            return Stream.of(
                    new RecordConfederation(CHESHIRE_EAST, null, "Cheshire East", CONSTITUTION),
                    new RecordConfederation(CHESHIRE_EAST, "Cheshire East GP Confederation", null, CONSTITUTION),
                    new RecordConfederation(CHESHIRE_EAST, "Cheshire East GP Confederation", "Cheshire East", null));
        }

        @ParameterizedTest
        @MethodSource("incompleteFormations")
        void forming_needs_a_name_a_place_and_a_constitution(RecordConfederation incomplete) {
            fixture.givenNoPriorActivity()
                    .when(incomplete)
                    .expectException(violation("CONFEDERATION_INCOMPLETE"))
                    .expectNoEvents();
        }

        @Test
        void amending_the_constitution_records_the_constitution_as_it_now_stands() {
            fixture.given(formed())
                    .when(new RecordConfederation(CHESHIRE_EAST, null, null, STRICTER_CONSTITUTION))
                    .expectEvents(new ConstitutionAmended(CHESHIRE_EAST, STRICTER_CONSTITUTION))
                    .expectResultMessagePayload(RecordOutcome.UPDATED)
                    .expectState(confederation -> assertThat(confederation.constitution()).isEqualTo(STRICTER_CONSTITUTION));
        }

        @Test
        void renaming_keeps_the_constitution() {
            fixture.given(formed())
                    .when(new RecordConfederation(CHESHIRE_EAST, "Cheshire East Primary Care Confederation", null, null))
                    .expectEvents(new ConfederationRenamed(CHESHIRE_EAST, "Cheshire East Primary Care Confederation", "Cheshire East"))
                    .expectResultMessagePayload(RecordOutcome.UPDATED)
                    .expectState(confederation -> assertThat(confederation.constitution()).isEqualTo(CONSTITUTION));
        }

        @Test
        void renaming_and_amending_at_once_records_both() {
            fixture.given(formed())
                    .when(new RecordConfederation(CHESHIRE_EAST, "Cheshire East GP Confederation", "East Cheshire", STRICTER_CONSTITUTION))
                    .expectEvents(
                            new ConfederationRenamed(CHESHIRE_EAST, "Cheshire East GP Confederation", "East Cheshire"),
                            new ConstitutionAmended(CHESHIRE_EAST, STRICTER_CONSTITUTION))
                    .expectResultMessagePayload(RecordOutcome.UPDATED);
        }

        @Test
        void an_unchanged_put_appends_nothing() {
            fixture.given(formed())
                    .when(new RecordConfederation(CHESHIRE_EAST, "Cheshire East GP Confederation", "Cheshire East", CONSTITUTION))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(RecordOutcome.UNCHANGED);
        }

        @Test
        void a_constitution_written_with_trailing_zeros_is_the_same_constitution() {
            Constitution sameButWrittenDifferently = new Constitution(Map.of(
                    AuthorityLevel.REPRESENT, Threshold.of("0.50", "0.500"),
                    AuthorityLevel.NEGOTIATE, Threshold.of("0.5", "0.50"),
                    AuthorityLevel.AGREE, Threshold.of("0.660", "0.66")),
                    Threshold.of("0.50", "0.5"), 7);

            fixture.given(formed())
                    .when(new RecordConfederation(CHESHIRE_EAST, null, null, sameButWrittenDifferently))
                    .expectNoEvents()
                    .expectResultMessagePayload(RecordOutcome.UNCHANGED);
        }
    }

    @Nested
    class Members {

        @Test
        void a_registered_organisation_is_admitted() {
            fixture.given(formed())
                    .when(new AdmitMember(CHESHIRE_EAST, ALDERLEY))
                    .expectEvents(new MemberAdmitted(CHESHIRE_EAST, ALDERLEY))
                    .expectResultMessagePayload(RecordOutcome.REGISTERED)
                    .expectState(confederation -> assertThat(confederation.members()).containsExactly(ALDERLEY));
        }

        @Test
        void an_unknown_organisation_cannot_be_admitted() {
            fixture.given(formed())
                    .when(new AdmitMember(CHESHIRE_EAST, UNKNOWN_PRACTICE))
                    .expectException(violation("UNKNOWN_ORGANISATION"))
                    .expectNoEvents();
        }

        @Test
        void admitting_a_member_twice_appends_nothing() {
            fixture.given(formed(), admitted(ALDERLEY))
                    .when(new AdmitMember(CHESHIRE_EAST, ALDERLEY))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(RecordOutcome.UNCHANGED);
        }

        @Test
        void a_member_is_removed() {
            fixture.given(formed(), admitted(ALDERLEY), admitted(BOLLINGTON))
                    .when(new RemoveMember(CHESHIRE_EAST, ALDERLEY))
                    .expectEvents(new MemberLeft(CHESHIRE_EAST, ALDERLEY))
                    .expectState(confederation -> assertThat(confederation.members()).containsExactly(BOLLINGTON));
        }

        @Test
        void a_member_that_leaves_takes_its_standing_mandates_with_it() {
            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE),
                            granted(mandate("bollington-access"), BOLLINGTON, topics(ACCESS), AGREE))
                    .when(new RemoveMember(CHESHIRE_EAST, ALDERLEY))
                    .expectEvents(new MemberLeft(CHESHIRE_EAST, ALDERLEY),
                            new MandateWithdrawn(CHESHIRE_EAST, mandate("alderley-access"), Confederation.GRANTOR_LEFT))
                    .expectState(confederation -> {
                        assertThat(confederation.mandates().get(mandate("alderley-access")).statusOn(TODAY)).isEqualTo(MandateStatus.WITHDRAWN);
                        assertThat(confederation.mandates().get(mandate("bollington-access")).statusOn(TODAY)).isEqualTo(MandateStatus.ACTIVE);
                    });
        }

        @Test
        void removing_a_non_member_is_refused() {
            fixture.given(formed(), admitted(ALDERLEY))
                    .when(new RemoveMember(CHESHIRE_EAST, CONGLETON))
                    .expectException(violation("NOT_A_MEMBER"))
                    .expectNoEvents();
        }
    }

    @Nested
    class GrantingMandates {

        @Test
        void a_member_grants_a_mandate() {
            GrantMandate grant = grant(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE);

            aConfederationOfAlderleyAndBollington()
                    .when(grant)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(grantedBy(grant))
                    .expectState(confederation -> assertThat(confederation.mandates()).containsOnlyKeys(mandate("alderley-access")));
        }

        @Test
        void a_mandate_from_a_non_member_is_refused() {
            aConfederationOfAlderleyAndBollington()
                    .when(grant(mandate("congleton-access"), CONGLETON, topics(ACCESS), AGREE))
                    .expectException(violation("GRANTOR_NOT_A_MEMBER"))
                    .expectNoEvents();
        }

        @Test
        void a_mandate_naming_an_undefined_topic_is_refused() {
            aConfederationOfAlderleyAndBollington()
                    .when(grant(mandate("alderley-pharmacy"), ALDERLEY, topics(ACCESS, UNDEFINED_TOPIC), AGREE))
                    .expectException(violation("UNKNOWN_TOPIC"))
                    .expectNoEvents();
        }

        @Test
        void a_mandate_valid_until_a_day_before_it_starts_is_refused() {
            aConfederationOfAlderleyAndBollington()
                    .when(grant(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE, TODAY.plusDays(10), TODAY.plusDays(9)))
                    .expectException(violation("INVALID_VALIDITY"))
                    .expectNoEvents();
        }

        @Test
        void a_mandate_for_a_single_day_is_valid() {
            GrantMandate oneDay = grant(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE, TODAY.plusDays(3), TODAY.plusDays(3));

            aConfederationOfAlderleyAndBollington()
                    .when(oneDay)
                    .expectEvents(grantedBy(oneDay));
        }

        @Test
        void a_mandate_ending_before_today_is_refused() {
            aConfederationOfAlderleyAndBollington()
                    .when(grant(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE, TODAY.minusDays(30), TODAY.minusDays(1)))
                    .expectException(violation("MANDATE_ALREADY_LAPSED"))
                    .expectNoEvents();
        }

        @Test
        void a_mandate_ending_today_still_counts_today() {
            GrantMandate lastDay = grant(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE, TODAY.minusDays(30), TODAY);

            aConfederationOfAlderleyAndBollington()
                    .when(lastDay)
                    .expectEvents(grantedBy(lastDay));
        }

        @Test
        void today_is_the_calendar_day_in_london_not_in_utc() {
            // 23:30 UTC on 30 June is already 00:30 on 1 July in London (BST): a mandate ending 30 June has lapsed.
            LocalDate june30 = LocalDate.of(2025, 6, 30);
            fixture.givenCurrentTime(Instant.parse("2025-06-30T23:30:00Z"))
                    .andGiven(formed(), admitted(ALDERLEY))
                    .when(grant(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE, june30.minusDays(30), june30))
                    .expectException(violation("MANDATE_ALREADY_LAPSED"));
        }

        @Test
        void late_evening_in_london_is_still_the_same_day() {
            // 22:30 UTC on 30 June is 23:30 on 30 June in London: the mandate's last day has not ended.
            LocalDate june30 = LocalDate.of(2025, 6, 30);
            GrantMandate lastDay = grant(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE, june30.minusDays(30), june30);
            fixture.givenCurrentTime(Instant.parse("2025-06-30T22:30:00Z"))
                    .andGiven(formed(), admitted(ALDERLEY))
                    .when(lastDay)
                    .expectEvents(grantedBy(lastDay));
        }

        @Test
        void a_mandate_may_start_on_a_future_day() {
            GrantMandate fromNextMonth = grant(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE, TODAY.plusMonths(1), null);

            aConfederationOfAlderleyAndBollington()
                    .when(fromNextMonth)
                    .expectEvents(grantedBy(fromNextMonth));
        }

        @Test
        void a_mandate_id_is_recorded_once() {
            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE))
                    .when(grant(mandate("alderley-access"), BOLLINGTON, topics(ESTATES), REPRESENT))
                    .expectException(violation("MANDATE_EXISTS"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Supersession {

        @Test
        void a_mandate_from_a_future_day_supersedes_the_old_one_only_from_that_day() {
            LocalDate nextMonth = TODAY.plusMonths(1);
            GrantMandate renewal = grant(mandate("alderley-access-2"), ALDERLEY, topics(ACCESS), NEGOTIATE, nextMonth, null);

            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access-1"), ALDERLEY, topics(ACCESS), AGREE))
                    .when(renewal)
                    .expectEvents(grantedBy(renewal),
                            new MandateSuperseded(CHESHIRE_EAST, mandate("alderley-access-1"), mandate("alderley-access-2"), nextMonth))
                    .expectState(confederation -> {
                        Mandate old = confederation.mandates().get(mandate("alderley-access-1"));
                        assertThat(old.statusOn(TODAY)).isEqualTo(MandateStatus.ACTIVE);
                        assertThat(old.statusOn(nextMonth.minusDays(1))).isEqualTo(MandateStatus.ACTIVE);
                        assertThat(old.statusOn(nextMonth)).isEqualTo(MandateStatus.SUPERSEDED);
                    });
        }

        @Test
        void a_grant_starting_sooner_brings_forward_a_supersession_already_due_later() {
            LocalDate nextMonth = TODAY.plusMonths(1);
            GrantMandate now = grant(mandate("alderley-access-3"), ALDERLEY, topics(ACCESS), OBSERVE);

            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-both"), ALDERLEY, topics(ACCESS, ESTATES), AGREE),
                            granted(mandate("alderley-estates"), ALDERLEY, topics(ESTATES), AGREE, nextMonth, null),
                            new MandateSuperseded(CHESHIRE_EAST, mandate("alderley-both"), mandate("alderley-estates"), nextMonth))
                    .when(now)
                    .expectEvents(grantedBy(now),
                            new MandateSuperseded(CHESHIRE_EAST, mandate("alderley-both"), mandate("alderley-access-3"), TODAY))
                    .expectState(confederation -> assertThat(confederation.mandates().get(mandate("alderley-both")).statusOn(TODAY))
                            .isEqualTo(MandateStatus.SUPERSEDED));
        }

        @Test
        void an_old_mandate_that_lapses_before_the_new_one_starts_is_left_to_lapse() {
            LocalDate nextMonth = TODAY.plusMonths(1);
            GrantMandate renewal = grant(mandate("alderley-access-2"), ALDERLEY, topics(ACCESS), AGREE, nextMonth, null);

            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access-1"), ALDERLEY, topics(ACCESS), AGREE, TODAY, nextMonth.minusDays(1)))
                    .when(renewal)
                    .expectEvents(grantedBy(renewal));
        }

        @Test
        void a_mandate_already_due_to_be_replaced_can_still_be_withdrawn_before_that_day() {
            LocalDate nextMonth = TODAY.plusMonths(1);
            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access-1"), ALDERLEY, topics(ACCESS), AGREE),
                            granted(mandate("alderley-access-2"), ALDERLEY, topics(ACCESS), AGREE, nextMonth, null),
                            new MandateSuperseded(CHESHIRE_EAST, mandate("alderley-access-1"), mandate("alderley-access-2"), nextMonth))
                    .when(new WithdrawMandate(CHESHIRE_EAST, mandate("alderley-access-1"), "rescinded"))
                    .expectEvents(new MandateWithdrawn(CHESHIRE_EAST, mandate("alderley-access-1"), "rescinded"));
        }

        @Test
        void a_new_mandate_supersedes_the_old_one() {
            GrantMandate renewed = grant(mandate("alderley-access-2"), ALDERLEY, topics(ACCESS, ESTATES), NEGOTIATE);

            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access-1"), ALDERLEY, topics(ACCESS), AGREE))
                    .when(renewed)
                    .expectEvents(
                            grantedBy(renewed),
                            new MandateSuperseded(CHESHIRE_EAST, mandate("alderley-access-1"), mandate("alderley-access-2"), TODAY))
                    .expectState(confederation -> {
                        assertThat(confederation.mandates().get(mandate("alderley-access-1")).statusOn(TODAY))
                                .isEqualTo(MandateStatus.SUPERSEDED);
                        assertThat(confederation.mandates().get(mandate("alderley-access-2")).statusOn(TODAY))
                                .isEqualTo(MandateStatus.ACTIVE);
                    });
        }

        @Test
        void a_new_mandate_supersedes_every_mandate_naming_one_of_its_topics_and_no_other() {
            GrantMandate combined = grant(mandate("alderley-combined"), ALDERLEY, topics(ACCESS, ESTATES), AGREE);

            aConfederationOfAlderleyAndBollington()
                    .andGiven(
                            granted(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE),
                            granted(mandate("alderley-estates"), ALDERLEY, topics(ESTATES), REPRESENT),
                            granted(mandate("alderley-urgent-care"), ALDERLEY, topics(URGENT_CARE), NEGOTIATE))
                    .when(combined)
                    .expectEvents(
                            grantedBy(combined),
                            new MandateSuperseded(CHESHIRE_EAST, mandate("alderley-access"), mandate("alderley-combined"), TODAY),
                            new MandateSuperseded(CHESHIRE_EAST, mandate("alderley-estates"), mandate("alderley-combined"), TODAY));
        }

        @Test
        void a_star_mandate_supersedes_the_previous_star_mandate() {
            GrantMandate newStar = grant(mandate("alderley-star-2"), ALDERLEY, everyTopic(), NEGOTIATE);

            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-star-1"), ALDERLEY, everyTopic(), REPRESENT))
                    .when(newStar)
                    .expectEvents(
                            grantedBy(newStar),
                            new MandateSuperseded(CHESHIRE_EAST, mandate("alderley-star-1"), mandate("alderley-star-2"), TODAY));
        }

        @Test
        void a_star_mandate_does_not_supersede_a_topic_mandate() {
            GrantMandate star = grant(mandate("alderley-star"), ALDERLEY, everyTopic(), REPRESENT);

            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE))
                    .when(star)
                    .expectEvents(grantedBy(star));
        }

        @Test
        void a_topic_mandate_does_not_supersede_a_star_mandate() {
            GrantMandate access = grant(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE);

            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-star"), ALDERLEY, everyTopic(), REPRESENT))
                    .when(access)
                    .expectEvents(grantedBy(access));
        }

        @Test
        void a_mandate_on_a_subtopic_does_not_supersede_one_on_its_parent() {
            // urgent-care sits under access, but the scopes name no topic in common: the most specific one applies instead.
            GrantMandate urgentCare = grant(mandate("alderley-urgent-care"), ALDERLEY, topics(URGENT_CARE), NEGOTIATE);

            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE))
                    .when(urgentCare)
                    .expectEvents(grantedBy(urgentCare));
        }

        @Test
        void another_grantors_mandate_is_never_superseded() {
            GrantMandate alderleys = grant(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE);

            aConfederationOfAlderleyAndBollington()
                    .andGiven(
                            granted(mandate("bollington-access"), BOLLINGTON, topics(ACCESS), AGREE),
                            granted(mandate("bollington-star"), BOLLINGTON, everyTopic(), REPRESENT))
                    .when(alderleys)
                    .expectEvents(grantedBy(alderleys));
        }

        @Test
        void another_grantors_star_mandate_is_never_superseded() {
            GrantMandate alderleysStar = grant(mandate("alderley-star"), ALDERLEY, everyTopic(), REPRESENT);

            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("bollington-star"), BOLLINGTON, everyTopic(), REPRESENT))
                    .when(alderleysStar)
                    .expectEvents(grantedBy(alderleysStar));
        }

        @Test
        void a_lapsed_mandate_is_not_superseded() {
            LocalDate july = LocalDate.of(2025, 7, 1);
            GrantMandate renewed = grant(mandate("alderley-access-2"), ALDERLEY, topics(ACCESS), AGREE, july, null);

            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access-1"), ALDERLEY, topics(ACCESS), AGREE, TODAY, TODAY.plusDays(10)))
                    .andGivenCurrentTime(Instant.parse("2025-07-01T09:00:00Z"))
                    .when(renewed)
                    .expectEvents(grantedBy(renewed));
        }

        @Test
        void a_mandate_on_its_last_day_is_still_superseded() {
            GrantMandate renewed = grant(mandate("alderley-access-2"), ALDERLEY, topics(ACCESS), AGREE);

            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access-1"), ALDERLEY, topics(ACCESS), AGREE, TODAY.minusDays(30), TODAY))
                    .when(renewed)
                    .expectEvents(
                            grantedBy(renewed),
                            new MandateSuperseded(CHESHIRE_EAST, mandate("alderley-access-1"), mandate("alderley-access-2"), TODAY));
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void an_active_mandate_is_withdrawn() {
            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE))
                    .when(new WithdrawMandate(CHESHIRE_EAST, mandate("alderley-access"), "practice meeting revoked it"))
                    .expectEvents(new MandateWithdrawn(CHESHIRE_EAST, mandate("alderley-access"), "practice meeting revoked it"))
                    .expectState(confederation -> assertThat(confederation.mandates().get(mandate("alderley-access")).statusOn(TODAY))
                            .isEqualTo(MandateStatus.WITHDRAWN));
        }

        @Test
        void withdrawing_an_unknown_mandate_is_refused() {
            aConfederationOfAlderleyAndBollington()
                    .when(new WithdrawMandate(CHESHIRE_EAST, mandate("never-granted"), "mistake"))
                    .expectException(violation("UNKNOWN_MANDATE"))
                    .expectNoEvents();
        }

        @Test
        void withdrawing_a_mandate_twice_is_refused() {
            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE))
                    .andGivenCommands(new WithdrawMandate(CHESHIRE_EAST, mandate("alderley-access"), "revoked"))
                    .when(new WithdrawMandate(CHESHIRE_EAST, mandate("alderley-access"), "revoked again"))
                    .expectException(violation("MANDATE_NOT_ACTIVE"))
                    .expectNoEvents();
        }

        @Test
        void withdrawing_a_superseded_mandate_is_refused() {
            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access-1"), ALDERLEY, topics(ACCESS), AGREE))
                    .andGivenCommands(grant(mandate("alderley-access-2"), ALDERLEY, topics(ACCESS), NEGOTIATE))
                    .when(new WithdrawMandate(CHESHIRE_EAST, mandate("alderley-access-1"), "revoked"))
                    .expectException(violation("MANDATE_NOT_ACTIVE"))
                    .expectNoEvents();
        }

        @Test
        void withdrawing_a_lapsed_mandate_is_refused() {
            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE, TODAY, LocalDate.of(2025, 6, 30)))
                    // the clock moves on to 1 July in London: the mandate lapsed at the end of 30 June
                    .andGivenCurrentTime(Instant.parse("2025-06-30T23:00:00Z"))
                    .when(new WithdrawMandate(CHESHIRE_EAST, mandate("alderley-access"), "too late"))
                    .expectException(violation("MANDATE_NOT_ACTIVE"))
                    .expectNoEvents();
        }

        @Test
        void a_mandate_may_be_withdrawn_on_its_last_day() {
            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE, TODAY, LocalDate.of(2025, 6, 30)))
                    .andGivenCurrentTime(Instant.parse("2025-06-30T22:59:59Z"))
                    .when(new WithdrawMandate(CHESHIRE_EAST, mandate("alderley-access"), "just in time"))
                    .expectEvents(new MandateWithdrawn(CHESHIRE_EAST, mandate("alderley-access"), "just in time"));
        }

        @Test
        void a_mandate_may_be_withdrawn_before_its_first_day() {
            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE, TODAY.plusMonths(1), null))
                    .when(new WithdrawMandate(CHESHIRE_EAST, mandate("alderley-access"), "changed our minds"))
                    .expectEvents(new MandateWithdrawn(CHESHIRE_EAST, mandate("alderley-access"), "changed our minds"));
        }
    }

    /**
     * The confederation decides from the state its event-sourcing handlers rebuild: each story gives
     * only recorded events, and the following command is decided right only if they were applied.
     */
    @Nested
    class RebuildingStateFromHistory {

        @Test
        void after_a_member_left_its_grant_is_refused() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(formed(), admitted(ALDERLEY), admitted(BOLLINGTON), new MemberLeft(CHESHIRE_EAST, ALDERLEY))
                    .when(grant(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE))
                    .expectException(violation("GRANTOR_NOT_A_MEMBER"));
        }

        @Test
        void after_a_member_left_removing_it_again_is_a_conflict() {
            fixture.given(formed(), admitted(ALDERLEY), new MemberLeft(CHESHIRE_EAST, ALDERLEY))
                    .when(new RemoveMember(CHESHIRE_EAST, ALDERLEY))
                    .expectException(violation("MEMBER_ALREADY_LEFT"));
        }

        @Test
        void a_member_who_left_is_admitted_afresh() {
            fixture.given(formed(), admitted(ALDERLEY), new MemberLeft(CHESHIRE_EAST, ALDERLEY))
                    .when(new AdmitMember(CHESHIRE_EAST, ALDERLEY))
                    .expectEvents(new MemberAdmitted(CHESHIRE_EAST, ALDERLEY))
                    .expectResultMessagePayload(RecordOutcome.REGISTERED);
        }

        @Test
        void an_admitted_member_may_grant() {
            GrantMandate grant = grant(mandate("bollington-estates"), BOLLINGTON, topics(ESTATES), REPRESENT);
            fixture.givenCurrentTime(NOW)
                    .andGiven(formed(), admitted(BOLLINGTON))
                    .when(grant)
                    .expectEvents(grantedBy(grant));
        }

        @Test
        void after_a_mandate_was_withdrawn_withdrawing_it_again_is_refused() {
            aConfederationOfAlderleyAndBollington()
                    .andGiven(
                            granted(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE),
                            new MandateWithdrawn(CHESHIRE_EAST, mandate("alderley-access"), "revoked"))
                    .when(new WithdrawMandate(CHESHIRE_EAST, mandate("alderley-access"), "revoked again"))
                    .expectException(violation("MANDATE_NOT_ACTIVE"));
        }

        @Test
        void a_withdrawn_mandate_is_not_superseded() {
            GrantMandate renewed = grant(mandate("alderley-access-2"), ALDERLEY, topics(ACCESS), AGREE);
            aConfederationOfAlderleyAndBollington()
                    .andGiven(
                            granted(mandate("alderley-access-1"), ALDERLEY, topics(ACCESS), AGREE),
                            new MandateWithdrawn(CHESHIRE_EAST, mandate("alderley-access-1"), "revoked"))
                    .when(renewed)
                    .expectEvents(grantedBy(renewed));
        }

        @Test
        void a_superseded_mandate_is_not_superseded_again() {
            GrantMandate third = grant(mandate("alderley-access-3"), ALDERLEY, topics(ACCESS), AGREE);
            aConfederationOfAlderleyAndBollington()
                    .andGiven(
                            granted(mandate("alderley-access-1"), ALDERLEY, topics(ACCESS), REPRESENT),
                            granted(mandate("alderley-access-2"), ALDERLEY, topics(ACCESS), NEGOTIATE),
                            new MandateSuperseded(CHESHIRE_EAST, mandate("alderley-access-1"), mandate("alderley-access-2"), TODAY))
                    .when(third)
                    .expectEvents(
                            grantedBy(third),
                            new MandateSuperseded(CHESHIRE_EAST, mandate("alderley-access-2"), mandate("alderley-access-3"), TODAY));
        }

        @Test
        void after_a_mandate_was_superseded_withdrawing_it_is_refused() {
            aConfederationOfAlderleyAndBollington()
                    .andGiven(
                            granted(mandate("alderley-star-1"), ALDERLEY, everyTopic(), REPRESENT),
                            granted(mandate("alderley-star-2"), ALDERLEY, everyTopic(), NEGOTIATE),
                            new MandateSuperseded(CHESHIRE_EAST, mandate("alderley-star-1"), mandate("alderley-star-2"), TODAY))
                    .when(new WithdrawMandate(CHESHIRE_EAST, mandate("alderley-star-1"), "revoked"))
                    .expectException(violation("MANDATE_NOT_ACTIVE"));
        }

        @Test
        void a_recorded_mandate_is_known_by_its_id() {
            aConfederationOfAlderleyAndBollington()
                    .andGiven(granted(mandate("alderley-access"), ALDERLEY, topics(ACCESS), AGREE))
                    .when(new WithdrawMandate(CHESHIRE_EAST, mandate("alderley-access"), "revoked"))
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new MandateWithdrawn(CHESHIRE_EAST, mandate("alderley-access"), "revoked"));
        }

        @Test
        void the_amended_constitution_is_the_one_kept() {
            fixture.given(formed(), new ConstitutionAmended(CHESHIRE_EAST, STRICTER_CONSTITUTION))
                    .when(new RecordConfederation(CHESHIRE_EAST, null, null, STRICTER_CONSTITUTION))
                    .expectNoEvents()
                    .expectResultMessagePayload(RecordOutcome.UNCHANGED)
                    .expectState(confederation -> assertThat(confederation.constitution()).isEqualTo(STRICTER_CONSTITUTION));
        }

        @Test
        void amending_back_to_the_original_constitution_is_a_change() {
            fixture.given(formed(), new ConstitutionAmended(CHESHIRE_EAST, STRICTER_CONSTITUTION))
                    .when(new RecordConfederation(CHESHIRE_EAST, null, null, CONSTITUTION))
                    .expectEvents(new ConstitutionAmended(CHESHIRE_EAST, CONSTITUTION))
                    .expectResultMessagePayload(RecordOutcome.UPDATED);
        }

        @Test
        void the_new_name_and_place_are_the_ones_kept() {
            fixture.given(formed(), new ConfederationRenamed(CHESHIRE_EAST, "Cheshire East Primary Care Confederation", "East Cheshire"))
                    .when(new RecordConfederation(CHESHIRE_EAST, "Cheshire East Primary Care Confederation", "East Cheshire", CONSTITUTION))
                    .expectNoEvents()
                    .expectResultMessagePayload(RecordOutcome.UNCHANGED)
                    .expectState(confederation -> assertThat(confederation.name()).isEqualTo("Cheshire East Primary Care Confederation"));
        }

        @Test
        void the_whole_history_is_rebuilt_into_members_and_mandates() {
            aConfederationOfAlderleyAndBollington()
                    .andGiven(
                            admitted(CONGLETON),
                            granted(mandate("alderley-star"), ALDERLEY, everyTopic(), REPRESENT),
                            granted(mandate("alderley-access-1"), ALDERLEY, topics(ACCESS), NEGOTIATE),
                            granted(mandate("alderley-access-2"), ALDERLEY, topics(ACCESS), AGREE),
                            new MandateSuperseded(CHESHIRE_EAST, mandate("alderley-access-1"), mandate("alderley-access-2"), TODAY),
                            granted(mandate("bollington-estates"), BOLLINGTON, topics(ESTATES), REPRESENT, TODAY, TODAY.plusDays(5)),
                            granted(mandate("congleton-access"), CONGLETON, topics(ACCESS), AGREE),
                            new MandateWithdrawn(CHESHIRE_EAST, mandate("congleton-access"), "revoked"),
                            new MemberLeft(CHESHIRE_EAST, CONGLETON))
                    .andGivenCurrentTime(NOW.plusSeconds(10 * 24 * 3600))
                    .when(new RecordConfederation(CHESHIRE_EAST, null, null, null))
                    .expectNoEvents()
                    .expectResultMessagePayload(RecordOutcome.UNCHANGED)
                    .expectState(confederation -> {
                        LocalDate tenDaysOn = TODAY.plusDays(10);
                        assertThat(confederation.members()).containsExactlyInAnyOrder(ALDERLEY, BOLLINGTON);
                        Map<MandateId, Mandate> mandates = confederation.mandates();
                        assertThat(mandates).hasSize(5);
                        assertThat(mandates.get(mandate("alderley-star")).statusOn(tenDaysOn)).isEqualTo(MandateStatus.ACTIVE);
                        assertThat(mandates.get(mandate("alderley-access-1")).statusOn(tenDaysOn)).isEqualTo(MandateStatus.SUPERSEDED);
                        assertThat(mandates.get(mandate("alderley-access-2")).statusOn(tenDaysOn)).isEqualTo(MandateStatus.ACTIVE);
                        assertThat(mandates.get(mandate("alderley-access-2")).ceiling()).isEqualTo(AGREE);
                        assertThat(mandates.get(mandate("bollington-estates")).statusOn(tenDaysOn)).isEqualTo(MandateStatus.LAPSED);
                        assertThat(mandates.get(mandate("congleton-access")).statusOn(tenDaysOn)).isEqualTo(MandateStatus.WITHDRAWN);
                    });
        }
    }
}
