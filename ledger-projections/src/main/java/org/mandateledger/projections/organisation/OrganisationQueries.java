package org.mandateledger.projections.organisation;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
        return registeredPatientsAt(codes, List.of(at)).get(at);
    }

    /** {@link #registeredPatientsAt(Collection, Instant)} at each of {@code instants}, read once. */
    public Map<Instant, Map<String, Long>> registeredPatientsAt(Collection<String> codes, Collection<Instant> instants) {
        Map<Instant, Map<String, Long>> result = new HashMap<>();
        List<ListSizeEntry> recorded = codes.isEmpty() || instants.isEmpty() ? List.of()
                : listSizes.recordedBy(codes, Collections.max(instants));
        for (Instant at : instants) {
            Map<String, Long> sizes = new HashMap<>();
            for (ListSizeEntry l : recorded) {
                if (l.recordedAt.isAfter(at)) {
                    break;
                }
                sizes.put(l.code, l.registeredPatients);
            }
            result.put(at, sizes);
        }
        return result;
    }

    /** Kinds of the organisations registered by {@code at}. */
    public Map<String, OrganisationKind> kindsAt(Collection<String> codes, Instant at) {
        return kindsAt(codes, List.of(at)).get(at);
    }

    /** {@link #kindsAt(Collection, Instant)} at each of {@code instants}, read once. */
    public Map<Instant, Map<String, OrganisationKind>> kindsAt(Collection<String> codes, Collection<Instant> instants) {
        Map<Instant, Map<String, OrganisationKind>> result = new HashMap<>();
        List<OrganisationEntry> registered = codes.isEmpty() ? List.of() : organisations.findByCodeIn(codes);
        for (Instant at : instants) {
            Map<String, OrganisationKind> kinds = new HashMap<>();
            registered.stream().filter(o -> !o.registeredAt.isAfter(at)).forEach(o -> kinds.put(o.code, o.kind));
            result.put(at, kinds);
        }
        return result;
    }
}
