package org.mandateledger.topic;

import static org.mandateledger.ledger.Violations.violation;

import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.ledger.RecordOutcome;
import org.mandateledger.topic.api.DefineTopic;
import org.mandateledger.topic.api.TopicDefined;
import org.mandateledger.topic.api.TopicRetitled;
import org.mandateledger.topic.api.TopicSlug;

class TopicTest {

    private static final TopicSlug ACCESS = new TopicSlug("access");
    private static final TopicSlug URGENT_CARE = new TopicSlug("urgent-care");
    private static final TopicSlug ESTATES = new TopicSlug("estates");
    private static final TopicSlug WORKFORCE = new TopicSlug("arrs-workforce");

    /** Access and estates are already defined; ARRS workforce is not. */
    private static final ExistingAggregates RECORDED = Set.of(ACCESS.aggregateId(), ESTATES.aggregateId())::contains;

    private FixtureConfiguration<Topic> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Topic.class);
        fixture.registerInjectableResource(RECORDED);
    }

    @Test
    void a_root_topic_is_defined() {
        fixture.givenNoPriorActivity()
                .when(new DefineTopic(ACCESS, "Urgent same-day access", null))
                .expectEvents(new TopicDefined(ACCESS, "Urgent same-day access", null))
                .expectResultMessagePayload(RecordOutcome.REGISTERED);
    }

    @Test
    void a_topic_is_defined_under_an_existing_parent() {
        fixture.givenNoPriorActivity()
                .when(new DefineTopic(URGENT_CARE, "Urgent care", ACCESS))
                .expectEvents(new TopicDefined(URGENT_CARE, "Urgent care", ACCESS))
                .expectResultMessagePayload(RecordOutcome.REGISTERED);
    }

    @Test
    void the_parent_must_exist() {
        fixture.givenNoPriorActivity()
                .when(new DefineTopic(URGENT_CARE, "Urgent care", WORKFORCE))
                .expectException(violation("UNKNOWN_TOPIC"))
                .expectNoEvents();
    }

    @Test
    void a_topic_cannot_be_its_own_parent() {
        fixture.givenNoPriorActivity()
                .when(new DefineTopic(WORKFORCE, "ARRS workforce", WORKFORCE))
                .expectException(violation("TOPIC_PARENT_INVALID"))
                .expectNoEvents();
    }

    @Test
    void a_new_topic_needs_a_title() {
        fixture.givenNoPriorActivity()
                .when(new DefineTopic(WORKFORCE, null, null))
                .expectException(violation("TOPIC_INCOMPLETE"))
                .expectNoEvents();
    }

    @Test
    void the_parent_is_fixed_once_defined() {
        fixture.given(new TopicDefined(URGENT_CARE, "Urgent care", ACCESS))
                .when(new DefineTopic(URGENT_CARE, "Urgent care", ESTATES))
                .expectException(violation("TOPIC_PARENT_FIXED"))
                .expectNoEvents();
    }

    @Test
    void a_root_topic_cannot_be_moved_under_a_parent() {
        fixture.given(new TopicDefined(ESTATES, "Estates", null))
                .when(new DefineTopic(ESTATES, "Estates", ACCESS))
                .expectException(violation("TOPIC_PARENT_FIXED"))
                .expectNoEvents();
    }

    @Test
    void restating_the_same_parent_is_no_change() {
        fixture.given(new TopicDefined(URGENT_CARE, "Urgent care", ACCESS))
                .when(new DefineTopic(URGENT_CARE, "Urgent care", ACCESS))
                .expectNoEvents()
                .expectResultMessagePayload(RecordOutcome.UNCHANGED);
    }

    @Test
    void a_topic_is_retitled() {
        fixture.given(new TopicDefined(URGENT_CARE, "Urgent care", ACCESS))
                .when(new DefineTopic(URGENT_CARE, "Urgent and same-day care", null))
                .expectEvents(new TopicRetitled(URGENT_CARE, "Urgent and same-day care"))
                .expectResultMessagePayload(RecordOutcome.UPDATED);
    }

    @Test
    void an_unchanged_topic_appends_nothing() {
        fixture.given(new TopicDefined(ACCESS, "Urgent same-day access", null))
                .when(new DefineTopic(ACCESS, "Urgent same-day access", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(RecordOutcome.UNCHANGED);
    }

    @Test
    void the_latest_title_is_the_one_compared_against() {
        fixture.given(new TopicDefined(ACCESS, "Access", null), new TopicRetitled(ACCESS, "Urgent same-day access"))
                .when(new DefineTopic(ACCESS, "Urgent same-day access", null))
                .expectNoEvents()
                .expectResultMessagePayload(RecordOutcome.UNCHANGED);
    }
}
