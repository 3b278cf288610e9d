package org.mandateledger.projections.organisation;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mandateledger.organisation.api.OrganisationKind;
import org.mandateledger.projections.paging.Page;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrganisationQueries {

    private final OrganisationRepository organisations;
    private final ListSizeRepository listSizes;

    OrganisationQueries(OrganisationRepository organisations, ListSizeRepository listSizes) {
        this.organisations = organisations;
        this.listSizes = listSizes;
    }

    public Optional<OrganisationView> find(String code) {
        return organisations.findById(code).map(OrganisationEntry::view);
    }

    public Map<String, OrganisationView> find(Collection<String> codes) {
        Map<String, OrganisationView> found = new HashMap<>();
        organisations.findByCodeIn(codes).forEach(o -> found.put(o.code, o.view()));
        return found;
    }

    public Page<OrganisationView> list(OrganisationKind kind, String q, String cursor, int limit) {
        String like = q == null || q.isBlank() ? null : "%" + q.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return Page.of(organisations.page(kind, like, Page.decode(cursor), Limit.of(limit + 1)), limit, o -> o.code)
                .map(OrganisationEntry::view);
    }

    /** Each organisation's registered patients as last recorded by {@code at}; absent when none was. */
    public Map<String, Long> registeredPatientsAt(Collection<String> codes, Instant at) {
        Map<String, Long> sizes = new HashMap<>();
        if (codes.isEmpty()) {
            return sizes;
        }
        listSizes.recordedBy(codes, at).forEach(l -> sizes.put(l.code, l.registeredPatients));
        return sizes;
    }

    /** Kinds of the organisations registered by {@code at}. */
    public Map<String, OrganisationKind> kindsAt(Collection<String> codes, Instant at) {
        Map<String, OrganisationKind> kinds = new HashMap<>();
        if (codes.isEmpty()) {
            return kinds;
        }
        organisations.findByCodeIn(codes).stream()
                .filter(o -> !o.registeredAt.isAfter(at))
                .forEach(o -> kinds.put(o.code, o.kind));
        return kinds;
    }
}
