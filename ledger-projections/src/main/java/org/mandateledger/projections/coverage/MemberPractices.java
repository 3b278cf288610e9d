package org.mandateledger.projections.coverage;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<String> members = confederations.membersAt(confederation, at);
        Map<String, OrganisationKind> kinds = organisations.kindsAt(members, at);
        List<String> practices = members.stream().filter(m -> kinds.get(m) == OrganisationKind.PRACTICE).toList();
        Map<String, Long> patients = organisations.registeredPatientsAt(practices, at);
        Map<String, Long> weighted = new LinkedHashMap<>();
        practices.forEach(practice -> weighted.put(practice, patients.getOrDefault(practice, 0L)));
        return weighted;
    }
}
