package org.mandateledger.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A vault for aggregate tests: references are numbered in the order values are kept, from 1. */
public class InMemoryPersonalDataVault implements PersonalDataVault {

    private record Kept(String subject, String field, String value) {
    }

    private final Map<PersonalDataRef, Kept> kept = new LinkedHashMap<>();

    /** The reference the n-th value kept gets. */
    public static PersonalDataRef ref(long n) {
        return new PersonalDataRef(new UUID(0, n));
    }

    @Override
    public PersonalDataRef keep(String subject, String field, String value) {
        PersonalDataRef ref = ref(kept.size() + 1);
        kept.put(ref, new Kept(subject, field, value));
        return ref;
    }

    @Override
    public Optional<String> value(PersonalDataRef ref) {
        return Optional.ofNullable(kept.get(ref)).map(Kept::value);
    }

    @Override
    public List<String> erase(String subject) {
        List<String> fields = new ArrayList<>();
        kept.replaceAll((ref, k) -> {
            if (k.subject().equals(subject) && k.value() != null) {
                if (!fields.contains(k.field())) {
                    fields.add(k.field());
                }
                return new Kept(k.subject(), k.field(), null);
            }
            return k;
        });
        return fields;
    }
}
