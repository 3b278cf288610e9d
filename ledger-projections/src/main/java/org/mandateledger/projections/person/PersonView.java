package org.mandateledger.projections.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mandateledger.person.api.InterestCategory;

public record PersonView(UUID id, String name, String role, String organisation, String login, boolean erased, List<Interest> interests) {

    /** The person as those outside general practice see them: no login, and their interests' topics and categories without what they say. */
    public PersonView withoutPrivateDetail() {
        return new PersonView(id, name, role, organisation, null, erased,
                interests.stream().map(i -> new Interest(i.id(), i.topic(), i.category(), null, i.declaredAt())).toList());
    }

    public record Interest(UUID id, String topic, InterestCategory category, String description, Instant declaredAt) {
    }
}
