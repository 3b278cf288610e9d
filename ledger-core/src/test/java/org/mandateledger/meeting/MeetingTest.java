package org.mandateledger.meeting;

import static org.mandateledger.ledger.Violations.violation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandateledger.forum.api.ForumSlug;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.meeting.api.MeetingId;
import org.mandateledger.meeting.api.MeetingScheduled;
import org.mandateledger.meeting.api.ScheduleMeeting;

class MeetingTest {

    private static final MeetingId JUNE_SITTING = new MeetingId(UUID.fromString("3a1b0c2d-0000-4000-8000-000000000001"));
    private static final ForumSlug PLACE_BOARD = new ForumSlug("place-board");
    private static final ForumSlug UNDEFINED = new ForumSlug("joint-committee");
    private static final Instant JUNE_12_AT_TWO = Instant.parse("2025-06-12T13:00:00Z");

    private static final ExistingAggregates RECORDED = Set.of(PLACE_BOARD.aggregateId())::contains;

    private FixtureConfiguration<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(RECORDED);
    }

    @Test
    void a_sitting_of_a_defined_forum_is_scheduled() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(JUNE_SITTING, PLACE_BOARD, JUNE_12_AT_TWO, "June board"))
                .expectEvents(new MeetingScheduled(JUNE_SITTING, PLACE_BOARD, JUNE_12_AT_TWO, "June board"));
    }

    @Test
    void a_sitting_of_an_undefined_forum_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(JUNE_SITTING, UNDEFINED, JUNE_12_AT_TWO, "June committee"))
                .expectException(violation("UNKNOWN_FORUM"))
                .expectNoEvents();
    }
}
