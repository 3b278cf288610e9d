package org.mandateledger.forum;

import static org.mandateledger.ledger.Violations.violation;

import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandateledger.forum.api.DefineForum;
import org.mandateledger.forum.api.ForumChanged;
import org.mandateledger.forum.api.ForumDefined;
import org.mandateledger.forum.api.ForumSlug;
import org.mandateledger.forum.api.SystemLevel;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.ledger.RecordOutcome;
import org.mandateledger.organisation.api.OrganisationCode;

class ForumTest {

    private static final ForumSlug PLACE_BOARD = new ForumSlug("place-board");
    private static final OrganisationCode ICB = new OrganisationCode("QYG");
    private static final OrganisationCode COUNCIL = new OrganisationCode("E06000049");
    private static final OrganisationCode UNREGISTERED = new OrganisationCode("RBT");

    private static final ExistingAggregates RECORDED = Set.of(ICB.aggregateId(), COUNCIL.aggregateId())::contains;

    private FixtureConfiguration<Forum> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Forum.class);
        fixture.registerInjectableResource(RECORDED);
    }

    private static ForumDefined placeBoardDefined() {
        return new ForumDefined(PLACE_BOARD, "Cheshire East Place Partnership Board", SystemLevel.PLACE, ICB);
    }

    @Test
    void a_forum_is_defined_with_its_convenor() {
        fixture.givenNoPriorActivity()
                .when(new DefineForum(PLACE_BOARD, "Cheshire East Place Partnership Board", SystemLevel.PLACE, ICB))
                .expectEvents(placeBoardDefined())
                .expectResultMessagePayload(RecordOutcome.REGISTERED);
    }

    @Test
    void a_forum_may_have_no_convenor() {
        fixture.givenNoPriorActivity()
                .when(new DefineForum(PLACE_BOARD, "Cheshire East Place Partnership Board", SystemLevel.PLACE, null))
                .expectEvents(new ForumDefined(PLACE_BOARD, "Cheshire East Place Partnership Board", SystemLevel.PLACE, null));
    }

    @Test
    void an_unregistered_convenor_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DefineForum(PLACE_BOARD, "Cheshire East Place Partnership Board", SystemLevel.PLACE, UNREGISTERED))
                .expectException(violation("UNKNOWN_ORGANISATION"))
                .expectNoEvents();
    }

    @Test
    void an_unregistered_convenor_is_refused_for_an_existing_forum_too() {
        fixture.given(placeBoardDefined())
                .when(new DefineForum(PLACE_BOARD, null, null, UNREGISTERED))
                .expectException(violation("UNKNOWN_ORGANISATION"))
                .expectNoEvents();
    }

    @Test
    void a_new_forum_needs_a_name_and_a_level() {
        fixture.givenNoPriorActivity()
                .when(new DefineForum(PLACE_BOARD, "Cheshire East Place Partnership Board", null, ICB))
                .expectException(violation("FORUM_INCOMPLETE"))
                .expectNoEvents();
    }

    @Test
    void a_change_of_convenor_records_the_forum_as_it_now_stands() {
        fixture.given(placeBoardDefined())
                .when(new DefineForum(PLACE_BOARD, null, null, COUNCIL))
                .expectEvents(new ForumChanged(PLACE_BOARD, "Cheshire East Place Partnership Board", SystemLevel.PLACE, COUNCIL))
                .expectResultMessagePayload(RecordOutcome.UPDATED);
    }

    @Test
    void an_unchanged_forum_appends_nothing() {
        fixture.given(placeBoardDefined())
                .when(new DefineForum(PLACE_BOARD, "Cheshire East Place Partnership Board", SystemLevel.PLACE, ICB))
                .expectNoEvents()
                .expectResultMessagePayload(RecordOutcome.UNCHANGED);
    }

    @Test
    void the_latest_facts_are_the_ones_compared_against() {
        fixture.given(placeBoardDefined(),
                        new ForumChanged(PLACE_BOARD, "Cheshire East Health and Care Board", SystemLevel.PLACE, COUNCIL))
                .when(new DefineForum(PLACE_BOARD, "Cheshire East Health and Care Board", SystemLevel.PLACE, COUNCIL))
                .expectNoEvents()
                .expectResultMessagePayload(RecordOutcome.UNCHANGED);
    }
}
