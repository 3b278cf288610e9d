package org.mandateledger.api.confederation;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.mandateledger.api.ledger.CommandSender;
import org.mandateledger.api.ledger.Recorded;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.request.Title;
import org.mandateledger.confederation.api.AdmitMember;
import org.mandateledger.confederation.api.ConfederationSlug;
import org.mandateledger.confederation.api.Constitution;
import org.mandateledger.confederation.api.RecordConfederation;
import org.mandateledger.confederation.api.RemoveMember;
import org.mandateledger.ledger.RecordOutcome;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.organisation.api.OrganisationKind;
import org.mandateledger.projections.confederation.ConfederationQueries;
import org.mandateledger.projections.confederation.ConfederationView;
import org.mandateledger.projections.coverage.MemberPractices;
import org.mandateledger.projections.organisation.OrganisationQueries;
import org.mandateledger.projections.organisation.OrganisationView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/confederations/{slug}")
class ConfederationController {

    record ConfederationRequest(@Title String name, @Title String place, @Valid ConstitutionRequest constitution) {
    }

    record Member(String code, String name, OrganisationKind kind, Long registeredPatients) {
    }

    /** Member practices and their registered patients: the denominators of coverage. */
    record Totals(long practices, long patients) {
    }

    record ConfederationAnswer(String slug, String name, String place, Constitution constitution, List<Member> members, Totals totals) {
    }

    private final CommandSender commands;
    private final Recorded recorded;
    private final ConfederationQueries confederations;
    private final OrganisationQueries organisations;
    private final MemberPractices memberPractices;

    ConfederationController(CommandSender commands, Recorded recorded, ConfederationQueries confederations,
                            OrganisationQueries organisations, MemberPractices memberPractices) {
        this.commands = commands;
        this.recorded = recorded;
        this.confederations = confederations;
        this.organisations = organisations;
        this.memberPractices = memberPractices;
    }

    @PutMapping
    ResponseEntity<ConfederationAnswer> put(@PathVariable String slug, @Valid @RequestBody ConfederationRequest request) {
        ConfederationSlug confederation = Requests.parse("slug", () -> new ConfederationSlug(slug));
        Constitution constitution = request.constitution() == null ? null
                : Requests.parse("constitution", () -> request.constitution().constitution());
        CommandSender.Written<RecordOutcome> written = commands.send(
                new RecordConfederation(confederation, request.name(), request.place(), constitution));
        return recorded.createdOrOk(written.result() == RecordOutcome.REGISTERED, written.position(),
                "/api/v1/confederations/" + slug, () -> get(slug));
    }

    @GetMapping
    ConfederationAnswer get(@PathVariable String slug) {
        ConfederationView view = confederations.find(slug)
                .orElseThrow(() -> new NotFoundException("UNKNOWN_CONFEDERATION", "no confederation '" + slug + "'"));
        var found = organisations.find(view.members());
        List<Member> members = view.members().stream().map(code -> {
            OrganisationView o = found.get(code);
            return o == null ? new Member(code, null, null, null) : new Member(code, o.name(), o.kind(), o.registeredPatients());
        }).toList();
        var practices = memberPractices.at(slug, Instant.now());
        return new ConfederationAnswer(view.slug(), view.name(), view.place(), view.constitution(), members,
                new Totals(practices.size(), practices.values().stream().mapToLong(Long::longValue).sum()));
    }

    @PutMapping("/members/{code}")
    ResponseEntity<ConfederationAnswer> admit(@PathVariable String slug, @PathVariable String code) {
        ConfederationSlug confederation = Requests.parse("slug", () -> new ConfederationSlug(slug));
        OrganisationCode member = Requests.parse("code", () -> new OrganisationCode(code));
        CommandSender.Written<RecordOutcome> written = commands.send(new AdmitMember(confederation, member));
        return recorded.createdOrOk(written.result() == RecordOutcome.REGISTERED, written.position(),
                "/api/v1/confederations/" + slug, () -> get(slug));
    }

    @DeleteMapping("/members/{code}")
    ResponseEntity<ConfederationAnswer> leave(@PathVariable String slug, @PathVariable String code) {
        ConfederationSlug confederation = Requests.parse("slug", () -> new ConfederationSlug(slug));
        OrganisationCode member = Requests.parse("code", () -> new OrganisationCode(code));
        long position = commands.send(new RemoveMember(confederation, member)).position();
        return recorded.ok(position, () -> get(slug));
    }
}
