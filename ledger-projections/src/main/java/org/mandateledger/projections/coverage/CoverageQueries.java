package org.mandateledger.projections.coverage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.CoverageRule;
import org.mandateledger.authority.DualMajority;
import org.mandateledger.confederation.api.Constitution;
import org.mandateledger.projections.confederation.ConfederationQueries;
import org.mandateledger.projections.mandate.MandateQueries;
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

    CoverageQueries(ConfederationQueries confederations, MemberPractices memberPractices, MandateQueries mandates, TopicQueries topics) {
        this.confederations = confederations;
        this.memberPractices = memberPractices;
        this.mandates = mandates;
        this.topics = topics;
    }

    public Answer coverage(String confederation, String topic, Instant at) {
        Optional<Constitution> constitution = confederations.constitutionAt(confederation, at);
        if (constitution.isEmpty()) {
            return new Answer(Optional.empty(), Unknown.CONFEDERATION);
        }
        List<TopicSlug> lineage = topics.lineage(topic, at);
        if (lineage.isEmpty()) {
            return new Answer(Optional.empty(), Unknown.TOPIC);
        }
        CoverageRule.Coverage coverage = CoverageRule.of(memberPractices(confederation, lineage, at), constitution.get().thresholds());
        return new Answer(Optional.of(view(confederation, topic, at, coverage)), null);
    }

    private List<CoverageRule.MemberPractice> memberPractices(String confederation, List<TopicSlug> lineage, Instant at) {
        Map<String, Long> practices = memberPractices.at(confederation, at);
        Map<String, AuthorityLevel> ceilings = mandates.applicableCeilings(confederation, practices.keySet(), lineage, at);
        List<CoverageRule.MemberPractice> result = new ArrayList<>();
        practices.forEach((practice, patients) ->
                result.add(new CoverageRule.MemberPractice(practice, patients, Optional.ofNullable(ceilings.get(practice)))));
        return result;
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
