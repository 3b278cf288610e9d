package org.mandateledger.api.personal;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.mandateledger.person.api.InterestDeclared;
import org.mandateledger.person.api.PersonRegistered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads revision 1 of {@code PersonRegistered} and {@code InterestDeclared}, which held personal
 * values, as revision 2, which refers to them: each value is replaced by the reference that
 * {@link LegacyPersonalData} kept it under. What is stored, and sealed, is not changed.
 */
@Component
@Order(0)
class LegacyPersonalDataUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType PERSON_V1 = new SimpleSerializedType(PersonRegistered.class.getName(), "1");
    private static final SimpleSerializedType INTEREST_V1 = new SimpleSerializedType(InterestDeclared.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return event.getType().equals(PERSON_V1) || event.getType().equals(INTEREST_V1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        String identifier = event.getMessageIdentifier();
        boolean person = event.getType().equals(PERSON_V1);
        return event.upcastPayload(new SimpleSerializedType(event.getType().getName(), "2"), ObjectNode.class, payload -> {
            if (person) {
                refer(payload, identifier, "name", LegacyPersonalData.NAME);
                refer(payload, identifier, "login", LegacyPersonalData.LOGIN);
            } else {
                refer(payload, identifier, "description", LegacyPersonalData.INTEREST_DESCRIPTION);
            }
            return payload;
        });
    }

    private static void refer(ObjectNode payload, String identifier, String property, String field) {
        if (payload.path(property).isString()) {
            payload.put(property, LegacyPersonalData.ref(identifier, field).toString());
        } else {
            payload.putNull(property);
        }
    }
}
