package org.mandateledger.projections.coverage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.CoverageRule;
import org.mandateledger.authority.DualMajority;
import org.mandateledger.authority.WhatItWouldTake;
import org.mandateledger.confederation.api.MandateStatus;
import org.mandateledger.confederation.api.Constitution;
import org.mandateledger.projections.confederation.ConfederationQueries;
import org.mandateledger.projections.mandate.MandateQueries;
import org.mandateledger.projections.organisation.OrganisationQueries;
import org.mandateledger.projections.organisation.OrganisationView;
import org.mandateledger.projections.topic.TopicQueries;
import org.mandateledger.topic.api.TopicSlug;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coverage and authority as at any instant, computed from the validity intervals the read models
 * keep (never by replaying events per request) with the same {@link CoverageRule} the aggregates use.
 */
@Service
@Transactional(readOnly = true)
public class CoverageQueries {

    /** Why coverage cannot be answered: the confederation or the topic was not known at that instant. */
    public enum Unknown { CONFEDERATION, TOPIC }

    public record Answer(Optional<CoverageView> coverage, Unknown unknown) {
    }

    private final ConfederationQueries confederations;
    private final MemberPractices memberPractices;
    private final MandateQueries mandates;
    private final TopicQueries topics;
    private final OrganisationQueries organisations;

    CoverageQueries(ConfederationQueries confederations, MemberPractices memberPractices, MandateQueries mandates, TopicQueries topics,
                    OrganisationQueries organisations) {
        this.organisations = organisations;
        this.confederations = confederations;
        this.memberPractices = memberPractices;
        this.mandates = mandates;
        this.topics = topics;
    }

    public Answer coverage(String confederation, String topic, Instant at) {
        return coverages(confederation, topic, List.of(at)).get(at);
    }

    /**
     * {@link #coverage} at each of {@code instants} (an authority over time), each read model read
     * once for all of them rather than once per instant.
     */
    public Map<Instant, Answer> coverages(String confederation, String topic, Collection<Instant> instants) {
        return new Reading(confederation, topic, instants).answers;
    }

    /** What coverage is decided from, at a set of instants, read once; the answers, and what {@link #practices} reuses. */
    private final class Reading {
        final Map<Instant, Answer> answers = new HashMap<>();
        final Map<Instant, Constitution> constitutions = new HashMap<>();
        final Map<Instant, List<TopicSlug>> lineages = new HashMap<>();
        final Map<Instant, List<CoverageRule.MemberPractice>> members = new HashMap<>();

        Reading(String confederation, String topic, Collection<Instant> instants) {
            Map<Instant, Optional<Constitution>> formed = confederations.constitutionsAt(confederation, instants);
            for (Instant at : instants) {
                if (formed.get(at).isEmpty()) {
                    answers.put(at, new Answer(Optional.empty(), Unknown.CONFEDERATION));
                    continue;
                }
                List<TopicSlug> lineage = topics.lineage(topic, at);
                if (lineage.isEmpty()) {
                    answers.put(at, new Answer(Optional.empty(), Unknown.TOPIC));
                    continue;
                }
                constitutions.put(at, formed.get(at).get());
                lineages.put(at, lineage);
            }
            Map<Instant, Map<String, Long>> practices = memberPractices.at(confederation, lineages.keySet());
            Set<String> ever = new TreeSet<>();
            practices.values().forEach(p -> ever.addAll(p.keySet()));
            Map<Instant, Map<String, AuthorityLevel>> ceilings = mandates.applicableCeilings(confederation, ever, lineages);
            lineages.keySet().forEach(at -> {
                List<CoverageRule.MemberPractice> atThen = new ArrayList<>();
                practices.get(at).forEach((practice, patients) -> atThen.add(
                        new CoverageRule.MemberPractice(practice, patients, Optional.ofNullable(ceilings.get(at).get(practice)))));
                members.put(at, atThen);
                CoverageRule.Coverage coverage = CoverageRule.of(atThen, constitutions.get(at).thresholds());
                answers.put(at, new Answer(Optional.of(view(confederation, topic, at, coverage)), null));
            });
        }
    }

    /**
     * One member practice on a topic at an instant: its list size, the mandate that applies (or the
     * latest that covers the topic but does not count, and why), and the levels it backs.
     */
    public record PracticeStanding(String code, String name, long registeredPatients, UUID mandate, AuthorityLevel ceiling,
                                   boolean applies, MandateStatus status, List<AuthorityLevel> backs) {
    }

    /** For each level whose threshold is not met: the fewest practices whose grant would make it hold, or none if none could. */
    public record Gap(AuthorityLevel level, boolean met, boolean possible, List<PracticeStanding> practices) {
    }

    /** Who counts on a topic at an instant, and what it would take to reach each level; empty as {@link #coverage} is. */
    public record Practices(CoverageView coverage, List<PracticeStanding> practices, List<Gap> whatItWouldTake) {
    }

    public Optional<Practices> practices(String confederation, String topic, Instant at) {
        Reading reading = new Reading(confederation, topic, List.of(at));
        Answer answer = reading.answers.get(at);
        if (answer.coverage().isEmpty()) {
            return Optional.empty();
        }
        List<TopicSlug> lineage = reading.lineages.get(at);
        Constitution constitution = reading.constitutions.get(at);
        List<CoverageRule.MemberPractice> members = reading.members.get(at);
        List<String> codes = members.stream().map(CoverageRule.MemberPractice::code).toList();
        Map<String, MandateQueries.Standing> standings = mandates.standings(confederation, codes, lineage, at);
        Map<String, OrganisationView> names = organisations.find(codes);
        List<PracticeStanding> practices = new ArrayList<>();
        for (CoverageRule.MemberPractice p : members) {
            MandateQueries.Standing s = standings.get(p.code());
            List<AuthorityLevel> backs = java.util.Arrays.stream(AuthorityLevel.thresholdLevels())
                    .filter(l -> p.ceiling().filter(c -> c.atLeast(l)).isPresent()).toList();
            OrganisationView organisation = names.get(p.code());
            practices.add(new PracticeStanding(p.code(), organisation == null ? null : organisation.name(), p.registeredPatients(),
                    s == null ? null : s.mandate(), s == null ? null : s.ceiling(), s != null && s.applies(), s == null ? null : s.status(), backs));
        }
        practices.sort(java.util.Comparator.comparingLong(PracticeStanding::registeredPatients).reversed().thenComparing(PracticeStanding::code));
        Map<String, PracticeStanding> byCode = new java.util.HashMap<>();
        practices.forEach(p -> byCode.put(p.code(), p));
        List<Gap> gaps = new ArrayList<>();
        for (AuthorityLevel level : AuthorityLevel.thresholdLevels()) {
            var threshold = constitution.thresholds().get(level);
            if (threshold == null) {
                continue;
            }
            WhatItWouldTake.Gap gap = WhatItWouldTake.at(level, members, threshold);
            gaps.add(new Gap(level, gap.met(), gap.possible(),
                    gap.practices().orElse(List.of()).stream().map(m -> byCode.get(m.code())).toList()));
        }
        return Optional.of(new Practices(answer.coverage().get(), practices, gaps));
    }

    private static CoverageView view(String confederation, String topic, Instant at, CoverageRule.Coverage coverage) {
        var total = coverage.total();
        List<CoverageView.Level> levels = coverage.levels().stream().map(l -> new CoverageView.Level(
                l.level(), l.backing().practices(), l.backing().patients(),
                DualMajority.share(l.backing().practices(), total.practices()),
                DualMajority.share(l.backing().patients(), total.patients()),
                new CoverageView.Threshold(l.threshold().practices(), l.threshold().patients()),
                l.met())).toList();
        return new CoverageView(confederation, topic, at, new CoverageView.Totals(total.practices(), total.patients()), levels,
                coverage.authority());
    }
}
