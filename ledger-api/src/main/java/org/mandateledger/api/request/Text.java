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
 * A free text: at most 4,000 characters, no control characters (C0, DEL or C1) but newline and tab,
 * and no unpaired surrogates, which no UTF-8 text can hold.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Size(max = 4000)
@Pattern(regexp = "[^\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\p{Cs}]*")
@ReportAsSingleViolation
public @interface Text {

    String message() default "must be at most 4,000 characters, with no control characters but newline and tab, and no unpaired surrogates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
