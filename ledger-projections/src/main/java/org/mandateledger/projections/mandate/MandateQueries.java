package org.mandateledger.projections.mandate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mandateledger.authority.ApplicableMandate;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.confederation.api.MandateStatus;
import org.mandateledger.projections.paging.InvalidCursorException;
import org.mandateledger.projections.paging.Page;
import org.mandateledger.topic.api.TopicScope;
import org.mandateledger.topic.api.TopicSlug;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MandateQueries {

    private final MandateRepository mandates;

    MandateQueries(MandateRepository mandates) {
        this.mandates = mandates;
    }

    public Optional<MandateView> find(UUID id, Instant now) {
        return mandates.findById(id).map(m -> m.view(now));
    }

    /** The confederation a mandate was granted to, for routing a command about it. */
    public Optional<String> confederationOf(UUID id) {
        return mandates.findById(id).map(m -> m.confederation);
    }

    public Page<MandateView> list(String confederation, String grantor, MandateStatus status, Instant now, String cursor, int limit) {
        String after = Page.decode(cursor);
        List<MandateView> matching = new ArrayList<>();
        boolean past = after == null;
        for (MandateEntry m : mandates.findByConfederationOrderByGrantedAtAscIdAsc(confederation)) {
            if (!past) {
                past = m.id.toString().equals(after);
                continue;
            }
            MandateView view = m.view(now);
            if ((grantor == null || grantor.equals(m.grantor)) && (status == null || status == view.status())) {
                matching.add(view);
                if (matching.size() > limit) {
                    break;
                }
            }
        }
        if (!past) {
            throw new InvalidCursorException(cursor);
        }
        return Page.of(matching, limit, v -> v.id().toString());
    }

    /** A mandate in force at an instant, as the applicable-mandate rule sees it. */
    private record InForce(UUID id, TopicScope scope, AuthorityLevel ceiling) implements ApplicableMandate.Candidate {
    }

    /**
     * Where a grantor stands on a topic at an instant: the mandate that applies ({@code applies}),
     * or, when none does, its latest mandate recorded by then that covers the topic, with the status
     * that keeps it from counting ({@code WITHDRAWN}, {@code LAPSED}, {@code SUPERSEDED}, or {@code
     * ACTIVE} for one not yet valid).
     */
    public record Standing(String grantor, UUID mandate, AuthorityLevel ceiling, boolean applies, MandateStatus status) {
    }

    /** Each grantor's {@link Standing} on the topic whose lineage is given; grantors with no mandate covering it are left out. */
    public Map<String, Standing> standings(String confederation, Collection<String> grantors, List<TopicSlug> lineage, Instant at) {
        Map<String, List<InForce>> inForce = new HashMap<>();
        Map<String, MandateEntry> latestCovering = new HashMap<>();
        for (MandateEntry m : mandates.findByConfederationOrderByGrantedAtAscIdAsc(confederation)) {
            if (!grantors.contains(m.grantor) || m.grantedAt.isAfter(at)) {
                continue;
            }
            if (m.inForceAt(at)) {
                inForce.computeIfAbsent(m.grantor, g -> new ArrayList<>()).add(new InForce(m.id, m.scope(), m.ceiling));
            }
            TopicScope scope = m.scope();
            if (scope.everyTopic() || lineage.stream().anyMatch(scope::names)) {
                latestCovering.put(m.grantor, m);
            }
        }
        Map<String, Standing> standings = new HashMap<>();
        latestCovering.forEach((grantor, latest) -> {
            Optional<InForce> applies = ApplicableMandate.select(inForce.getOrDefault(grantor, List.of()), lineage);
            standings.put(grantor, applies.map(a -> new Standing(grantor, a.id(), a.ceiling(), true, MandateStatus.ACTIVE))
                    .orElseGet(() -> new Standing(grantor, latest.id, latest.ceiling, false, latest.statusAt(at))));
        });
        return standings;
    }

    /**
     * For each grantor, the ceiling of its mandate that applies to the topic at each instant of {@code
     * lineages} (the topic's lineage as it stood then): recorded by then and not ended, valid on that
     * instant's London day, the most specific scope winning. The mandates are read once.
     */
    public Map<Instant, Map<String, AuthorityLevel>> applicableCeilings(String confederation, Collection<String> grantors,
                                                                         Map<Instant, List<TopicSlug>> lineages) {
        List<MandateEntry> granted = mandates.findByConfederationOrderByGrantedAtAscIdAsc(confederation).stream()
                .filter(m -> grantors.contains(m.grantor)).toList();
        Map<UUID, TopicScope> scopeOf = new HashMap<>();
        granted.forEach(m -> scopeOf.put(m.id, m.scope()));
        Map<Instant, Map<String, AuthorityLevel>> result = new HashMap<>();
        lineages.forEach((at, lineage) -> {
            Map<String, List<InForce>> byGrantor = new HashMap<>();
            for (MandateEntry m : granted) {
                if (m.inForceAt(at)) {
                    byGrantor.computeIfAbsent(m.grantor, g -> new ArrayList<>()).add(new InForce(m.id, scopeOf.get(m.id), m.ceiling));
                }
            }
            Map<String, AuthorityLevel> ceilings = new HashMap<>();
            byGrantor.forEach((grantor, inForce) ->
                    ApplicableMandate.select(inForce, lineage).ifPresent(m -> ceilings.put(grantor, m.ceiling())));
            result.put(at, ceilings);
        });
        return result;
    }

    /** A mandate whose last valid day is near. */
    public record Lapsing(UUID id, String grantor, java.time.LocalDate validUntil, Instant grantedAt) {
    }

    /**
     * The confederation's mandates recorded and active at {@code at} (not yet lapsed; counting then
     * or from a day to come), not already renewed (no supersession recorded by then), whose last
     * valid day falls within {@code days} of that London day.
     */
    public List<Lapsing> lapsingAt(String confederation, Instant at, int days) {
        java.time.LocalDate today = org.mandateledger.ledger.LedgerClock.dayAt(at);
        return mandates.findByConfederationOrderByGrantedAtAscIdAsc(confederation).stream()
                .filter(m -> !m.grantedAt.isAfter(at) && m.statusAt(at) == MandateStatus.ACTIVE && m.validUntil != null
                        && (m.supersededAt == null || m.supersededAt.isAfter(at))
                        && !m.validUntil.isAfter(today.plusDays(days)))
                .map(m -> new Lapsing(m.id, m.grantor, m.validUntil, m.grantedAt))
                .toList();
    }
}
