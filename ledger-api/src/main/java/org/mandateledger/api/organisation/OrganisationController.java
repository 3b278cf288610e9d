package org.mandateledger.api.organisation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.mandateledger.api.ledger.CommandSender;
import org.mandateledger.api.ledger.Recorded;
import org.mandateledger.api.problem.InvalidRequestException;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.request.Title;
import org.mandateledger.ledger.RecordOutcome;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.organisation.api.OrganisationKind;
import org.mandateledger.organisation.api.RecordOrganisation;
import org.mandateledger.projections.organisation.OrganisationQueries;
import org.mandateledger.projections.organisation.OrganisationView;
import org.mandateledger.projections.paging.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationController {

    /** Register or update; a field left out is left as it is. */
    record OrganisationRequest(@Title String name, OrganisationKind kind, @PositiveOrZero Long registeredPatients,
                               LocalDate listSizeDate, String pcn) {
    }

    private final CommandSender commands;
    private final Recorded recorded;
    private final OrganisationQueries organisations;

    OrganisationController(CommandSender commands, Recorded recorded, OrganisationQueries organisations) {
        this.commands = commands;
        this.recorded = recorded;
        this.organisations = organisations;
    }

    @PutMapping("/{code}")
    ResponseEntity<OrganisationView> put(@PathVariable String code, @Valid @RequestBody OrganisationRequest request) {
        OrganisationCode organisation = Requests.parse("code", () -> new OrganisationCode(code));
        Requests.date("listSizeDate", request.listSizeDate());
        if (request.listSizeDate() != null && request.registeredPatients() == null) {
            throw InvalidRequestException.field("listSizeDate", "is the date of a list size: send registeredPatients with it");
        }
        OrganisationCode pcn = request.pcn() == null ? null : Requests.parse("pcn", () -> new OrganisationCode(request.pcn()));
        CommandSender.Written<RecordOutcome> written = commands.send(new RecordOrganisation(organisation, request.name(), request.kind(),
                request.registeredPatients(), request.listSizeDate(), pcn));
        return recorded.createdOrOk(written.result() == RecordOutcome.REGISTERED, written.position(),
                "/api/v1/organisations/" + code, () -> get(code));
    }

    @GetMapping
    Page<OrganisationView> list(@RequestParam(required = false) OrganisationKind kind, @RequestParam(required = false) String q,
                                @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        return organisations.list(kind, q, cursor, Requests.parse("limit", () -> Page.limit(limit)));
    }

    @GetMapping("/{code}")
    OrganisationView get(@PathVariable String code) {
        return organisations.find(code)
                .orElseThrow(() -> new NotFoundException("UNKNOWN_ORGANISATION", "no organisation " + code));
    }
}
