package org.mandateledger.api.person;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.mandateledger.api.ledger.CommandSender;
import org.mandateledger.api.ledger.Recorded;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.problem.Requests;
import org.mandateledger.api.request.Text;
import org.mandateledger.api.request.Title;
import org.mandateledger.api.security.Reach;
import org.mandateledger.organisation.api.OrganisationCode;
import org.mandateledger.person.api.DeclareInterest;
import org.mandateledger.person.api.InterestCategory;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.person.api.RegisterPerson;
import org.mandateledger.projections.person.PersonQueries;
import org.mandateledger.projections.person.PersonView;
import org.mandateledger.topic.api.TopicSlug;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/people")
public class PersonController {

    record PersonRequest(@NotNull @Title String name, @NotNull @Title String role, @NotNull String organisation, @Title String login) {
    }

    record InterestRequest(@NotNull String topic, @NotNull InterestCategory category, @NotNull @Text String description) {
    }

    private final CommandSender commands;
    private final Recorded recorded;
    private final PersonQueries people;

    PersonController(CommandSender commands, Recorded recorded, PersonQueries people) {
        this.commands = commands;
        this.recorded = recorded;
        this.people = people;
    }

    @PostMapping
    ResponseEntity<PersonView> register(@Valid @RequestBody PersonRequest request) {
        OrganisationCode organisation = Requests.parse("organisation", () -> new OrganisationCode(request.organisation()));
        PersonId id = PersonId.next();
        long position = commands.send(new RegisterPerson(id, request.name(), request.role(), organisation, request.login())).position();
        return recorded.created(position, "/api/v1/people/" + id.value(), () -> get(id.value()));
    }

    /** A person; without their login and what their interests say for a caller outside general practice ({@link Reach#seesPeopleWhole}). */
    @GetMapping("/{id}")
    public PersonView get(@PathVariable UUID id) {
        PersonView person = people.find(id).orElseThrow(() -> new NotFoundException("UNKNOWN_PERSON", "no person " + id));
        return Reach.seesPeopleWhole() ? person : person.withoutPrivateDetail();
    }

    @PostMapping("/{id}/interests")
    ResponseEntity<PersonView> declareInterest(@PathVariable UUID id, @Valid @RequestBody InterestRequest request) {
        TopicSlug topic = Requests.parse("topic", () -> new TopicSlug(request.topic()));
        UUID interest = UUID.randomUUID();
        long position = commands.send(new DeclareInterest(new PersonId(id), interest, topic, request.category(), request.description()))
                .position();
        return recorded.created(position, "/api/v1/people/" + id, () -> get(id));
    }
}
