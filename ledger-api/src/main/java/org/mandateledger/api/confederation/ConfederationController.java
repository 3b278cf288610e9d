package org.mandateledger.api.confederation;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.mandateledger.api.ledger.CommandSender;
import org.mandateledger.api.ledger.Recorded;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.request.Title;
import org.mandateledger.api.security.CurrentUser;
import org.mandateledger.api.security.LedgerUser;
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
import org.mandateledger.projections.paging.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/confederations")
public class ConfederationController {

    record ConfederationRequest(@Title String name, @Title String place, @Valid ConstitutionRequest constitution) {
    }

    public record Member(String code, String name, OrganisationKind kind, Long registeredPatients) {
    }

    /** Member practices and their registered patients: the denominators of coverage. */
    public record Totals(long practices, long patients) {
    }

    public record ConfederationAnswer(String slug, String name, String place, Constitution constitution, List<Member> members, Totals totals) {
    }

    /** A confederation in the list: what it is, and how many members it has now. */
    public record Listed(String slug, String name, String place, int members) {
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

    /**
     * The confederations within the caller's reach, by slug, paged ({@code cursor}, {@code limit}): the
     * list an integrator or a person starts from (api.md, "Added with the open issues").
     */
    @GetMapping
    public Page<Listed> list(@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        LedgerUser user = CurrentUser.get();
        return confederations.list(user::reaches, cursor, Requests.parse("limit", () -> Page.limit(limit))).map(ConfederationController::listed);
    }

    /** Every confederation, for the pages (a person's list of them is short enough to show whole). */
    public List<Listed> all() {
        return confederations.all().stream().map(ConfederationController::listed).toList();
    }

    private static Listed listed(ConfederationView c) {
        return new Listed(c.slug(), c.name(), c.place(), c.members().size());
    }

    @PutMapping("/{slug}")
    ResponseEntity<ConfederationAnswer> put(@PathVariable String slug, @Valid @RequestBody ConfederationRequest request) {
        ConfederationSlug confederation = Requests.parse("slug", () -> new ConfederationSlug(slug));
        Constitution constitution = request.constitution() == null ? null
                : Requests.parse("constitution", () -> request.constitution().constitution());
        CommandSender.Written<RecordOutcome> written = commands.send(
                new RecordConfederation(confederation, request.name(), request.place(), constitution));
        return recorded.createdOrOk(written.result() == RecordOutcome.REGISTERED, written.position(),
                "/api/v1/confederations/" + slug, () -> get(slug));
    }

    @GetMapping("/{slug}")
    public ConfederationAnswer get(@PathVariable String slug) {
        ConfederationView view = find(slug);
        return answer(view, view.constitution(), Instant.now());
    }

    /**
     * The confederation with its members and their totals as at {@code at} (its name and place as
     * now); the page's "as at" picker reads this. Unknown if it had not been formed by then.
     */
    ConfederationAnswer at(String slug, Instant at) {
        ConfederationView view = find(slug);
        Constitution constitution = confederations.constitutionAt(slug, at)
                .orElseThrow(() -> new NotFoundException("UNKNOWN_CONFEDERATION", "no confederation '" + slug + "' at " + at));
        return answer(view, constitution, at);
    }

    private ConfederationView find(String slug) {
        return confederations.find(slug).orElseThrow(() -> new NotFoundException("UNKNOWN_CONFEDERATION", "no confederation '" + slug + "'"));
    }

    private ConfederationAnswer answer(ConfederationView view, Constitution constitution, Instant at) {
        String slug = view.slug();
        List<String> codes = confederations.membersAt(slug, at);
        var found = organisations.find(codes);
        List<Member> members = codes.stream().map(code -> {
            OrganisationView o = found.get(code);
            return o == null ? new Member(code, null, null, null) : new Member(code, o.name(), o.kind(), o.registeredPatients());
        }).toList();
        var practices = memberPractices.at(slug, at);
        return new ConfederationAnswer(view.slug(), view.name(), view.place(), constitution, members,
                new Totals(practices.size(), practices.values().stream().mapToLong(Long::longValue).sum()));
    }

    @PutMapping("/{slug}/members/{code}")
    ResponseEntity<ConfederationAnswer> admit(@PathVariable String slug, @PathVariable String code) {
        ConfederationSlug confederation = Requests.parse("slug", () -> new ConfederationSlug(slug));
        OrganisationCode member = Requests.parse("code", () -> new OrganisationCode(code));
        CommandSender.Written<RecordOutcome> written = commands.send(new AdmitMember(confederation, member));
        return recorded.createdOrOk(written.result() == RecordOutcome.REGISTERED, written.position(),
                "/api/v1/confederations/" + slug, () -> get(slug));
    }

    @DeleteMapping("/{slug}/members/{code}")
    ResponseEntity<ConfederationAnswer> leave(@PathVariable String slug, @PathVariable String code) {
        ConfederationSlug confederation = Requests.parse("slug", () -> new ConfederationSlug(slug));
        OrganisationCode member = Requests.parse("code", () -> new OrganisationCode(code));
        long position = commands.send(new RemoveMember(confederation, member)).position();
        return recorded.ok(position, () -> get(slug));
    }
}
