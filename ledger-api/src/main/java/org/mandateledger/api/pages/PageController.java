package org.mandateledger.api.pages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of pages for people in a browser. It lives beside the REST controller of its feature
 * and reads and writes through it (ADR 0018); {@link PageAdvice} gives it the layout's model and
 * turns a refusal into an error page. {@code ArchitectureTest} holds both to that.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
