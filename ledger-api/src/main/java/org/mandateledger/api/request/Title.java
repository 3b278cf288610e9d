package org.mandateledger.api.request;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or title: at most 200 characters, not blank, no control characters (C0, DEL or C1; leading
 * spaces, tabs and newlines aside) and no unpaired surrogates, which no UTF-8 text can hold.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Size(min = 1, max = 200)
@Pattern(regexp = "(?s)[\\t\\n ]*[^\\s\\x00-\\x1F\\x7F-\\x9F\\p{Cs}][^\\x00-\\x1F\\x7F-\\x9F\\p{Cs}]*")
@ReportAsSingleViolation
public @interface Title {

    String message() default "must be 1 to 200 characters, not blank, with no control characters or unpaired surrogates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
