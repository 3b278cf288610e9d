package org.mandateledger.person.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * A person's personal data was erased from the vault: which fields, and on what ground. Holds no
 * personal data itself; the events that referred to the values are untouched.
 */
@Revision("1")
public record PersonalDataErased(PersonId person, List<String> fields, ErasureGround ground) {

    public PersonalDataErased {
        fields = List.copyOf(fields);
    }
}
