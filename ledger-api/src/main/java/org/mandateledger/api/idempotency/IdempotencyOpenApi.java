package org.mandateledger.api.idempotency;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;

/** Every write in the OpenAPI document names the {@code Idempotency-Key} header it accepts. */
@Component
class IdempotencyOpenApi implements GlobalOperationCustomizer {

    private static final Set<Class<? extends java.lang.annotation.Annotation>> WRITES =
            Set.of(PostMapping.class, PutMapping.class, PatchMapping.class, DeleteMapping.class);

    @Override
    public io.swagger.v3.oas.models.Operation customize(io.swagger.v3.oas.models.Operation operation,
                                                        org.springframework.web.method.HandlerMethod handlerMethod) {
        boolean write = WRITES.stream().anyMatch(handlerMethod::hasMethodAnnotation);
        if (write) {
            operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                    .description("Optional. A retry with the same key and request gets the first answer and records nothing;"
                            + " the same key with another request is 422 IDEMPOTENCY_KEY_REUSED. Kept 24 hours.")
                    .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x21-\\x7E]+$")));
        }
        return operation;
    }
}
