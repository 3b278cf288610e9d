package org.mandateledger.projections.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PersonQueries {

    private final PersonRepository people;
    private final InterestRepository interests;

    PersonQueries(PersonRepository people, InterestRepository interests) {
        this.people = people;
        this.interests = interests;
    }

    public Optional<PersonView> find(UUID id) {
        return people.findById(id).map(p -> new PersonView(p.id, p.name, p.role, p.organisation, p.login, p.erased,
                interests.findByPersonOrderByDeclaredAt(id).stream().map(InterestEntry::view).toList()));
    }

    /** The people linked to a user's login (normally one); none for a user without a login. */
    public List<UUID> withLogin(String login) {
        if (login == null || login.isBlank()) {
            return List.of();
        }
        return people.findByLogin(login).stream().map(p -> p.id).toList();
    }
}
