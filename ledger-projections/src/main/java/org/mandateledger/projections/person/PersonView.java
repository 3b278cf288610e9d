package org.mandateledger.projections.person;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mandateledger.person.api.InterestCategory;

public record PersonView(UUID id, String name, String role, String organisation, String login, boolean erased, List<Interest> interests) {

    public record Interest(UUID id, String topic, InterestCategory category, String description, Instant declaredAt) {
    }
}
