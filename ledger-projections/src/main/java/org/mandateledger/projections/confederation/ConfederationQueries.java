package org.mandateledger.projections.confederation;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mandateledger.confederation.api.Constitution;
import org.mandateledger.projections.paging.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ConfederationQueries {

    private final ConfederationRepository confederations;
    private final ConstitutionRepository constitutions;
    private final MembershipRepository memberships;

    ConfederationQueries(ConfederationRepository confederations, ConstitutionRepository constitutions,
                         MembershipRepository memberships) {
        this.confederations = confederations;
        this.constitutions = constitutions;
        this.memberships = memberships;
    }

    public Optional<ConfederationView> find(String slug) {
        return confederations.findById(slug).map(c -> new ConfederationView(c.slug, c.name, c.place,
                c.constitution.constitution(), membersAt(slug, Instant.now())));
    }

    /** Every confederation, by slug, with its members now. */
    public List<ConfederationView> all() {
        return withMembers(confederations.findAll(org.springframework.data.domain.Sort.by("slug")));
    }

    /** The confederations {@code visible} (by slug) after {@code cursor}, by slug, at most {@code limit}, each with its members now. */
    public Page<ConfederationView> list(java.util.function.Predicate<String> visible, String cursor, int limit) {
        String after = Page.decode(cursor);
        List<ConfederationEntry> rows = confederations.findAll(org.springframework.data.domain.Sort.by("slug")).stream()
                .filter(c -> visible.test(c.slug) && (after == null || c.slug.compareTo(after) > 0))
                .limit(limit + 1L)
                .toList();
        return Page.of(withMembers(rows), limit, ConfederationView::slug);
    }

    /** The confederations with their members now, the memberships read in one query. */
    private List<ConfederationView> withMembers(List<ConfederationEntry> rows) {
        Instant now = Instant.now();
        Map<String, List<String>> members = new HashMap<>();
        memberships.findByConfederationIn(rows.stream().map(c -> c.slug).toList()).stream()
                .filter(m -> m.memberAt(now))
                .forEach(m -> members.computeIfAbsent(m.confederation, k -> new java.util.ArrayList<>()).add(m.member));
        return rows.stream().map(c -> new ConfederationView(c.slug, c.name, c.place, c.constitution.constitution(),
                members.getOrDefault(c.slug, List.of()).stream().distinct().sorted().toList())).toList();
    }

    /** The constitution in force at {@code at}; empty if the confederation had not been formed by then. */
    public Optional<Constitution> constitutionAt(String slug, Instant at) {
        return constitutionsAt(slug, List.of(at)).get(at);
    }

    /** The constitution in force at each of {@code instants} (empty before the confederation was formed), read once. */
    public Map<Instant, Optional<Constitution>> constitutionsAt(String slug, Collection<Instant> instants) {
        Map<Instant, Optional<Constitution>> result = new HashMap<>();
        if (instants.isEmpty()) {
            return result;
        }
        List<ConstitutionEntry> recorded = constitutions.findByConfederationAndRecordedAtLessThanEqualOrderByRecordedAtAsc(slug,
                Collections.max(instants));
        for (Instant at : instants) {
            Constitution inForce = null;
            for (ConstitutionEntry c : recorded) {
                if (c.recordedAt.isAfter(at)) {
                    break;
                }
                inForce = c.constitution.constitution();
            }
            result.put(at, Optional.ofNullable(inForce));
        }
        return result;
    }

    /** The members at {@code at}, in code order. */
    public List<String> membersAt(String slug, Instant at) {
        return membersAt(slug, List.of(at)).get(at);
    }

    /** The members at each of {@code instants}, in code order, read once. */
    public Map<Instant, List<String>> membersAt(String slug, Collection<Instant> instants) {
        List<MembershipEntry> all = memberships.findByConfederation(slug);
        Map<Instant, List<String>> result = new HashMap<>();
        for (Instant at : instants) {
            result.put(at, all.stream().filter(m -> m.memberAt(at)).map(m -> m.member).distinct().sorted().toList());
        }
        return result;
    }
}
