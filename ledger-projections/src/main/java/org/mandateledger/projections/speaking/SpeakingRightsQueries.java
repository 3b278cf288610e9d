package org.mandateledger.projections.speaking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.forum.api.ForumSlug;
import org.mandateledger.projections.brief.BriefQueries;
import org.mandateledger.projections.coverage.CoverageQueries;
import org.mandateledger.projections.coverage.CoverageView;
import org.mandateledger.projections.person.PersonQueries;
import org.mandateledger.projections.person.PersonView;
import org.mandateledger.projections.register.RegisterQueries;
import org.mandateledger.projections.topic.TopicQueries;
import org.mandateledger.topic.api.TopicSlug;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Speaking rights as at any instant: every delegate whose appointment then covers the topic (and
 * the forum, when one is asked for), with effective authority — the least of the appointment's
 * ceiling and the confederation's authority on the topic, {@code OBSERVE} included — the coverage
 * behind it, the adopted positions they may state (none for an observer), and the briefs they
 * hold for meetings from that day on, each capped at what they hold.
 */
@Service
@Transactional(readOnly = true)
public class SpeakingRightsQueries {

    private final AppointmentRepository appointments;
    private final CoverageQueries coverage;
    private final TopicQueries topics;
    private final PersonQueries people;
    private final RegisterQueries register;
    private final BriefQueries briefs;

    SpeakingRightsQueries(AppointmentRepository appointments, CoverageQueries coverage, TopicQueries topics, PersonQueries people,
                          RegisterQueries register, BriefQueries briefs) {
        this.appointments = appointments;
        this.coverage = coverage;
        this.topics = topics;
        this.people = people;
        this.register = register;
        this.briefs = briefs;
    }

    public record Answer(Optional<SpeakingRightsView> rights, CoverageQueries.Unknown unknown) {
    }

    public Answer speakingRights(String confederation, String topic, String forum, Instant at) {
        CoverageQueries.Answer covered = coverage.coverage(confederation, topic, at);
        if (covered.coverage().isEmpty()) {
            return new Answer(Optional.empty(), covered.unknown());
        }
        CoverageView coverageView = covered.coverage().get();
        List<TopicSlug> lineage = topics.lineage(topic, at);
        List<String> lineageNames = lineage.stream().map(TopicSlug::value).toList();
        ForumSlug forumSlug = forum == null ? null : new ForumSlug(forum);
        List<SpeakingRightsView.Statement> adopted = register.adoptedAt(confederation, lineageNames, at).stream()
                .map(a -> new SpeakingRightsView.Statement(a.issue(), a.title(), a.version(), a.statement())).toList();

        List<SpeakingRightsView.Speaker> speakers = new ArrayList<>();
        for (AppointmentEntry appointment : appointments.findByConfederationOrderByAppointedAtAscIdAsc(confederation)) {
            if (!appointment.standingAt(at) || !appointment.topicScope().covers(lineage)
                    || (forumSlug != null && !appointment.forumScope().covers(forumSlug))) {
                continue;
            }
            AuthorityLevel authority = AuthorityLevel.least(appointment.ceiling, coverageView.authority());
            SpeakingRightsView.Person person = people.find(appointment.person)
                    .map(SpeakingRightsQueries::person)
                    .orElse(new SpeakingRightsView.Person(appointment.person, null, null, null));
            // At a meeting a delegate speaks with no more than their brief grants, and never more than they hold.
            List<SpeakingRightsView.Brief> briefed = briefs.forSpeaker(appointment.id, topic, forum, at).stream()
                    .map(b -> new SpeakingRightsView.Brief(b.id(), b.meeting(), AuthorityLevel.least(b.authority(), authority))).toList();
            speakers.add(new SpeakingRightsView.Speaker(person, appointment.id, authority, appointment.ceiling, briefed,
                    authority.atLeast(AuthorityLevel.REPRESENT) ? adopted : List.of()));
        }
        return new Answer(Optional.of(new SpeakingRightsView(confederation, topic, forum, at, coverageView.authority(), coverageView,
                List.copyOf(speakers))), null);
    }

    public Optional<AppointmentView> appointment(UUID id, Instant now) {
        return appointments.findById(id).map(a -> view(a, now));
    }

    /** The confederation's appointments standing at {@code at} (recorded by then, not ended, valid on its London day). */
    public List<AppointmentView> standing(String confederation, Instant at) {
        return appointments.findByConfederationOrderByAppointedAtAscIdAsc(confederation).stream()
                .filter(a -> a.standingAt(at)).map(a -> view(a, at)).toList();
    }

    private static AppointmentView view(AppointmentEntry a, Instant now) {
        return new AppointmentView(a.id, a.confederation, a.person, a.forumNames(), a.topicNames(),
                a.ceiling, a.from, a.until, a.endedAt != null && !a.endedAt.isAfter(now) ? "ENDED" : "ACTIVE", a.appointedAt, a.endedAt,
                a.endReason);
    }

    public Optional<String> confederationOfAppointment(UUID id) {
        return appointments.findById(id).map(a -> a.confederation);
    }

    private static SpeakingRightsView.Person person(PersonView p) {
        return new SpeakingRightsView.Person(p.id(), p.name(), p.role(), p.organisation());
    }
}
