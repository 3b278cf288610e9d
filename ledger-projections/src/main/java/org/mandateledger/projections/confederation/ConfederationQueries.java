package org.mandateledger.projections.confederation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mandateledger.confederation.api.Constitution;
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
        return confederations.findAll(org.springframework.data.domain.Sort.by("slug")).stream()
                .map(c -> new ConfederationView(c.slug, c.name, c.place, c.constitution.constitution(), membersAt(c.slug, Instant.now())))
                .toList();
    }

    /** The constitution in force at {@code at}; empty if the confederation had not been formed by then. */
    public Optional<Constitution> constitutionAt(String slug, Instant at) {
        return constitutions.findFirstByConfederationAndRecordedAtLessThanEqualOrderByRecordedAtDesc(slug, at)
                .map(c -> c.constitution.constitution());
    }

    /** The members at {@code at}, in code order. */
    public List<String> membersAt(String slug, Instant at) {
        return memberships.findByConfederation(slug).stream()
                .filter(m -> m.memberAt(at))
                .map(m -> m.member)
                .distinct()
                .sorted()
                .toList();
    }
}
