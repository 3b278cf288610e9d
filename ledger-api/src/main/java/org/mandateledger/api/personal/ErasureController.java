package org.mandateledger.api.personal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.mandateledger.api.ledger.CommandSender;
import org.mandateledger.api.ledger.Recorded;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.person.api.ErasePersonalData;
import org.mandateledger.person.api.ErasureGround;
import org.mandateledger.person.api.PersonId;
import org.mandateledger.projections.person.PersonQueries;
import org.mandateledger.projections.person.PersonView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /admin/erasures}: an {@code ADMIN} erases what the vault keeps about a person (name,
 * login, interests' descriptions) on a ground of UK GDPR article 17. A {@code PersonalDataErased}
 * event records the act, with no personal data in it; no stored event changes, so the ledger still
 * verifies against every checkpoint (ADR 0016).
 */
@RestController
@RequestMapping("/api/v1/admin")
class ErasureController {

    record ErasureRequest(@NotNull UUID person, @NotNull ErasureGround ground) {
    }

    /**
     * {@code heldInSealedEvents}: values that events recorded before the vault (revision 1) still
     * hold in their sealed payloads; the service no longer shows them, and ADR 0016 says how they
     * leave the ledger.
     */
    record Erasure(PersonView person, List<String> fields, ErasureGround ground, long heldInSealedEvents) {
    }

    private final CommandSender commands;
    private final Recorded recorded;
    private final PersonQueries people;
    private final JpaPersonalDataVault vault;

    ErasureController(CommandSender commands, Recorded recorded, PersonQueries people, JpaPersonalDataVault vault) {
        this.commands = commands;
        this.recorded = recorded;
        this.people = people;
        this.vault = vault;
    }

    @PostMapping("/erasures")
    ResponseEntity<Erasure> erase(@Valid @RequestBody ErasureRequest request) {
        PersonId person = new PersonId(request.person());
        // Person's handler answers with the names of the fields it erased.
        CommandSender.Written<List<String>> written = commands.send(new ErasePersonalData(person, request.ground()));
        List<String> fields = List.copyOf(written.result());
        return recorded.ok(written.position(), () -> new Erasure(
                people.find(person.value()).orElseThrow(() -> new NotFoundException("UNKNOWN_PERSON", "no person " + person.value())),
                fields, request.ground(), vault.sealedCopies(person.toString())));
    }
}
