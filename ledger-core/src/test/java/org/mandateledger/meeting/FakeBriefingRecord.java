package org.mandateledger.meeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mandateledger.appointment.api.AppointmentId;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.brief.BriefingRecord;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.issue.api.IssueId;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.topic.api.TopicSlug;

/** The rest of the ledger as a test sets it: appointments, issues, a topic tree, interests and the confederation's authority. */
final class FakeBriefingRecord implements BriefingRecord {

    final Map<AppointmentId, AppointmentFacts> appointments = new HashMap<>();
    final Map<IssueId, IssueFacts> issues = new HashMap<>();
    final Map<TopicSlug, TopicSlug> parents = new HashMap<>();
    final Map<PersonId, Set<TopicSlug>> interests = new HashMap<>();
    final Map<TopicSlug, AuthorityLevel> authority = new HashMap<>();

    FakeBriefingRecord declare(PersonId person, TopicSlug topic) {
        interests.computeIfAbsent(person, p -> new HashSet<>()).add(topic);
        return this;
    }

    @Override
    public Optional<AppointmentFacts> appointment(AppointmentId appointment) {
        return Optional.ofNullable(appointments.get(appointment));
    }

    @Override
    public Optional<IssueFacts> issue(IssueId issue) {
        return Optional.ofNullable(issues.get(issue));
    }

    @Override
    public List<TopicSlug> lineage(TopicSlug topic) {
        List<TopicSlug> lineage = new ArrayList<>();
        for (TopicSlug t = topic; t != null; t = parents.get(t)) {
            lineage.add(t);
        }
        return lineage;
    }

    @Override
    public boolean interestDeclared(PersonId person, List<TopicSlug> lineage) {
        return interests.getOrDefault(person, Set.of()).stream().anyMatch(lineage::contains);
    }

    @Override
    public AuthorityLevel confederationAuthority(ConfederationSlug confederation, TopicSlug topic) {
        return authority.getOrDefault(topic, AuthorityLevel.OBSERVE);
    }
}
