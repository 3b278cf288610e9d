package org.mandateledger.projections.coverage;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mandateledger.organisation.api.OrganisationKind;
import org.mandateledger.projections.confederation.ConfederationQueries;
import org.mandateledger.projections.organisation.OrganisationQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The denominator of every dual majority: the confederation's member practices at an instant,
 * each with its registered patients as last recorded by then (0 when none was). Only practices
 * count; PCNs, federations and the LMC may be members but carry no weight.
 */
@Service
@Transactional(readOnly = true)
public class MemberPractices {

    private final ConfederationQueries confederations;
    private final OrganisationQueries organisations;

    MemberPractices(ConfederationQueries confederations, OrganisationQueries organisations) {
        this.confederations = confederations;
        this.organisations = organisations;
    }

    /** Practice code to registered patients, in code order. */
    public Map<String, Long> at(String confederation, Instant at) {
        return at(confederation, List.of(at)).get(at);
    }

    /** {@link #at(String, Instant)} at each of {@code instants}, each read model read once. */
    public Map<Instant, Map<String, Long>> at(String confederation, Collection<Instant> instants) {
        Map<Instant, List<String>> members = confederations.membersAt(confederation, instants);
        Set<String> ever = new TreeSet<>();
        members.values().forEach(ever::addAll);
        Map<Instant, Map<String, OrganisationKind>> kinds = organisations.kindsAt(ever, instants);
        Map<Instant, Map<String, Long>> patients = organisations.registeredPatientsAt(ever, instants);
        Map<Instant, Map<String, Long>> result = new HashMap<>();
        for (Instant at : instants) {
            Map<String, Long> weighted = new LinkedHashMap<>();
            members.get(at).stream().filter(m -> kinds.get(at).get(m) == OrganisationKind.PRACTICE)
                    .forEach(practice -> weighted.put(practice, patients.get(at).getOrDefault(practice, 0L)));
            result.put(at, weighted);
        }
        return result;
    }
}
