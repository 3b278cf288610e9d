package org.mandateledger.api.pages;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mandateledger.api.problem.InvalidRequestException;
import org.mandateledger.ledger.DomainRuleViolation;
import org.springframework.stereotype.Component;

/**
 * A form's errors, by the id of the field they belong to, in the order the page shows them: what
 * the API would refuse the same request for, found the same way. A page calls its REST controller as
 * a Java method, so the bean validation Spring MVC runs on a {@code @RequestBody} is run here, on the
 * same request record and its constraints; the ledger's own refusals (a rule broken, a term unknown)
 * come back from the controller and are placed beside their fields too.
 */
@Component
public class FormErrors {

    /** The id of the form itself, for an error that belongs to no one field. */
    public static final String FORM = "form";

    private final Validator validator;

    FormErrors(Validator validator) {
        this.validator = validator;
    }

    /** The request's constraint violations, as the API would report them, by field id. */
    public Map<String, String> validate(Object request) {
        Map<String, String> errors = new LinkedHashMap<>();
        validator.validate(request).stream().sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(fieldId(v.getPropertyPath().toString()), v.getMessage()));
        return errors;
    }

    /**
     * The ledger's refusal of a form's request, by field id: bad input field by field, a broken rule
     * beside the field it names or for the whole form. Empty for anything else (not found, not
     * allowed, a conflict), which the page answers as the API does.
     */
    public static Optional<Map<String, String>> of(RuntimeException refused) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (refused instanceof InvalidRequestException invalid) {
            invalid.errors().forEach(e -> errors.putIfAbsent(fieldId(e.field()), e.message()));
            if (errors.isEmpty()) {
                errors.put(FORM, invalid.getMessage());
            }
            return Optional.of(errors);
        }
        Optional<DomainRuleViolation> rule = Refusals.of(refused).filter(v -> v.kind() == DomainRuleViolation.Kind.RULE);
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        if (rule.get().breaches().isEmpty()) {
            errors.put(FORM, sentence(rule.get().getMessage()));
        } else {
            rule.get().breaches().forEach(b -> errors.putIfAbsent(b.field() == null ? FORM : fieldId(b.field()), sentence(b.message())));
        }
        return Optional.of(errors);
    }

    /** The page's id of an API field path: {@code items[0].conceded} is {@code items-0-conceded}. */
    public static String fieldId(String path) {
        return path == null || path.isBlank() ? FORM : path.replace("].", "-").replace("[", "-").replace("]", "").replace('.', '-');
    }

    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "The ledger cannot record this";
        }
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
