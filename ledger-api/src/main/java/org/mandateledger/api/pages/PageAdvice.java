package org.mandateledger.api.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.mandateledger.api.ledger.ProjectionProgress;
import org.mandateledger.api.problem.ConflictException;
import org.mandateledger.api.problem.InvalidRequestException;
import org.mandateledger.api.problem.NotYetConsistentException;
import org.mandateledger.api.problem.NotFoundException;
import org.mandateledger.api.security.CurrentUser;
import org.mandateledger.ledger.DomainRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * For every {@link PageController}: the layout's model (who is signed in, whether the ledger holds
 * demo data, the ledger position the page shows), and the API's refusals as error pages with the
 * same status: what the API answers 404 is a page not found, 403 a page not allowed, a rule's 422 or
 * a conflict's 409 a page that says why. Never a 5xx for anything a person sent.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    private final ProjectionProgress progress;
    private final ErrorPages errorPages;
    private final boolean demo;
    private final ApiRules rules;

    PageAdvice(ProjectionProgress progress, ErrorPages errorPages, @Value("${ledger.demo:false}") boolean demo, ApiRules rules) {
        this.progress = progress;
        this.errorPages = errorPages;
        this.demo = demo;
        this.rules = rules;
    }

    @ModelAttribute
    void layout(org.springframework.ui.Model model) {
        CurrentUser.find().map(Viewer::of).ifPresent(viewer -> model.addAttribute("viewer", viewer));
        // The menu offers the ledger's seal to whoever the API lets verify it.
        model.addAttribute("mayVerifyLedger", CurrentUser.find().isPresent() && rules.allows(HttpMethod.GET, "/api/v1/ledger/verify"));
        model.addAttribute("demo", demo);
        model.addAttribute("ledgerPosition", progress.position());
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        return error(request, HttpStatus.NOT_FOUND, "There is nothing here you can see: " + e.getMessage() + ".");
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ModelAndView rule(DomainRuleViolation e, HttpServletRequest request) {
        HttpStatus status = switch (e.kind()) {
            case RULE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        return error(request, status, e.getMessage() + ". Nothing was recorded.");
    }

    @ExceptionHandler(CommandExecutionException.class)
    ModelAndView command(CommandExecutionException e, HttpServletRequest request) {
        if (e.getCause() instanceof DomainRuleViolation violation) {
            return rule(violation, request);
        }
        if (e.getCause() instanceof ConflictException conflict) {
            return conflict(conflict, request);
        }
        if (e.getCause() instanceof org.axonframework.modelling.command.ConcurrencyException) {
            return error(request, HttpStatus.CONFLICT, "Someone else changed this at the same moment. Nothing of yours was recorded: try again.");
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletRequest request) {
        return error(request, HttpStatus.CONFLICT, e.getMessage() + ".");
    }

    @ExceptionHandler(NotYetConsistentException.class)
    ModelAndView notYet(NotYetConsistentException e, HttpServletRequest request) {
        return error(request, HttpStatus.SERVICE_UNAVAILABLE, "The ledger is still catching up with what was just recorded. Reload the page in a moment.");
    }

    /** A form or query the page could not read at all (a field of the wrong shape, a missing parameter): a bad request, never a failure. */
    @ExceptionHandler({org.springframework.validation.BindException.class, org.springframework.web.bind.MissingServletRequestParameterException.class,
            org.springframework.beans.InvalidPropertyException.class, org.springframework.beans.TypeMismatchException.class,
            org.springframework.web.HttpRequestMethodNotSupportedException.class,
            org.springframework.web.bind.ServletRequestBindingException.class})
    ModelAndView unreadable(Exception e, HttpServletRequest request) {
        return error(request, HttpStatus.BAD_REQUEST, "The form sent could not be read. Nothing was recorded: go back, reload the page and send it again.");
    }

    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView invalid(InvalidRequestException e, HttpServletRequest request) {
        String fields = e.errors().stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return error(request, HttpStatus.BAD_REQUEST, e.getMessage() + (fields.isEmpty() ? "" : " (" + fields + ")") + ". Nothing was recorded.");
    }

    /** A malformed id in a page's path names no page; a malformed query is a bad request. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return error(request, HttpStatus.NOT_FOUND, "There is no page at this address.");
        }
        return error(request, HttpStatus.BAD_REQUEST, "'" + e.getValue() + "' is not a valid " + e.getName() + ".");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied(AccessDeniedException e, HttpServletRequest request) {
        return error(request, HttpStatus.FORBIDDEN, e.getMessage());
    }

    /** Signing in is the security chain's: it sends the person to the sign-in page. */
    @ExceptionHandler(AuthenticationException.class)
    void signIn(AuthenticationException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) {
        log.error("unexpected failure on page {}", request.getRequestURI(), e);
        return error(request, HttpStatus.INTERNAL_SERVER_ERROR, "The ledger could not show this page. Nothing was recorded. Try again later.");
    }

    private ModelAndView error(HttpServletRequest request, HttpStatus status, String detail) {
        return new ModelAndView("error", errorPages.model(request, status, detail), status);
    }
}
