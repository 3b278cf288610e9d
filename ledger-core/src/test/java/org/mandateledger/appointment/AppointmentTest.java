package org.mandateledger.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.ledger.Violations.violation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandateledger.appointment.api.AppointDelegate;
import org.mandateledger.appointment.api.AppointmentEnded;
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.appointment.api.DelegateAppointed;
import org.mandateledger.appointment.api.EndAppointment;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.forum.api.ForumScope;
import org.mandateledger.forum.api.ForumSlug;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.topic.api.TopicScope;
import org.mandateledger.topic.api.TopicSlug;

class AppointmentTest {

    private static final AppointmentId APPOINTMENT = new AppointmentId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    private static final ConfederationSlug CHESHIRE_EAST = new ConfederationSlug("cheshire-east");
    private static final PersonId DR_SMITH = new PersonId(UUID.fromString("00000000-0000-0000-0000-00000000b001"));
    private static final ForumSlug PLACE_BOARD = new ForumSlug("place-board");
    private static final TopicSlug ACCESS = new TopicSlug("access");
    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);

    private static final ExistingAggregates RECORDED = Set.of(CHESHIRE_EAST.toString(), DR_SMITH.toString(), PLACE_BOARD.aggregateId(),
            ACCESS.aggregateId())::contains;

    private FixtureConfiguration<Appointment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Appointment.class);
        fixture.registerInjectableResource(RECORDED);
    }

    private static AppointDelegate appoint(ConfederationSlug confederation, PersonId person, ForumScope forums, TopicScope topics,
                                           LocalDate until) {
        return new AppointDelegate(APPOINTMENT, confederation, person, forums, topics, AuthorityLevel.NEGOTIATE, FROM, until);
    }

    private static DelegateAppointed appointed() {
        return new DelegateAppointed(APPOINTMENT, CHESHIRE_EAST, DR_SMITH, ForumScope.all(), TopicScope.of(ACCESS), AuthorityLevel.NEGOTIATE,
                FROM, null);
    }

    @Test
    void a_person_is_appointed_for_forums_and_topics_up_to_a_ceiling() {
        fixture.givenNoPriorActivity()
                .when(appoint(CHESHIRE_EAST, DR_SMITH, ForumScope.all(), TopicScope.of(ACCESS), null))
                .expectEvents(appointed());
    }

    @Test
    void an_appointment_names_a_confederation_that_exists() {
        fixture.givenNoPriorActivity()
                .when(appoint(new ConfederationSlug("nowhere"), DR_SMITH, ForumScope.all(), TopicScope.of(ACCESS), null))
                .expectException(violation("UNKNOWN_CONFEDERATION"));
    }

    @Test
    void only_a_registered_person_is_appointed() {
        fixture.givenNoPriorActivity()
                .when(appoint(CHESHIRE_EAST, new PersonId(UUID.randomUUID()), ForumScope.all(), TopicScope.of(ACCESS), null))
                .expectException(violation("UNKNOWN_PERSON"));
    }

    @Test
    void the_forums_and_topics_named_exist() {
        fixture.givenNoPriorActivity()
                .when(appoint(CHESHIRE_EAST, DR_SMITH, ForumScope.parse(Set.of("icb-board")), TopicScope.of(ACCESS), null))
                .expectException(violation("UNKNOWN_FORUM"));
        fixture.givenNoPriorActivity()
                .when(appoint(CHESHIRE_EAST, DR_SMITH, ForumScope.parse(Set.of("place-board")), TopicScope.of(new TopicSlug("estates")), null))
                .expectException(violation("UNKNOWN_TOPIC"));
    }

    @Test
    void a_term_cannot_end_before_it_starts() {
        fixture.givenNoPriorActivity()
                .when(appoint(CHESHIRE_EAST, DR_SMITH, ForumScope.all(), TopicScope.all(), FROM.minusDays(1)))
                .expectException(violation("INVALID_TERM"))
                .expectNoEvents();
    }

    @Test
    void an_appointment_ends_once() {
        fixture.given(appointed())
                .when(new EndAppointment(APPOINTMENT, "stood down"))
                .expectEvents(new AppointmentEnded(APPOINTMENT, "stood down"))
                .expectState(appointment -> assertThat(appointment.ended()).isTrue());
        fixture.given(appointed(), new AppointmentEnded(APPOINTMENT, "stood down"))
                .when(new EndAppointment(APPOINTMENT, "again"))
                .expectException(violation("APPOINTMENT_ALREADY_ENDED"))
                .expectNoEvents();
    }

    @Test
    void a_forum_scope_covers_its_forums_or_every_forum() {
        assertThat(ForumScope.all().covers(PLACE_BOARD)).isTrue();
        assertThat(ForumScope.parse(Set.of("place-board")).covers(PLACE_BOARD)).isTrue();
        assertThat(ForumScope.parse(Set.of("place-board")).covers(new ForumSlug("icb-board"))).isFalse();
    }

    @Test
    void a_topic_scope_covers_a_topic_through_its_ancestors() {
        TopicSlug urgentCare = new TopicSlug("urgent-care");
        assertThat(TopicScope.of(ACCESS).covers(java.util.List.of(urgentCare, ACCESS))).isTrue();
        assertThat(TopicScope.of(urgentCare).covers(java.util.List.of(ACCESS))).isFalse();
        assertThat(TopicScope.all().covers(java.util.List.of(ACCESS))).isTrue();
    }
}
