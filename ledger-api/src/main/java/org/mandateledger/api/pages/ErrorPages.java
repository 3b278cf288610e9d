package org.mandateledger.api.pages;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mandateledger.api.problem.BrowserErrors;
import org.mandateledger.api.security.AccessRules;
import org.mandateledger.api.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.context.ApplicationContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.context.Context;

/**
 * Error pages in the pages' look: not found, not allowed, bad request, and the service's own
 * failure, each with what the person can do next. Used for errors raised outside a page controller
 * (an unknown path, a refused form token, the servlet container's own errors); a page controller's
 * refusals go through {@link PageAdvice} to the same template.
 */
@Component
public class ErrorPages implements BrowserErrors {

    private static final AntPathMatcher PATHS = new AntPathMatcher();
    private static final List<String> API_PATHS = AccessRules.API_CHAIN_PATHS.stream().filter(p -> !p.equals("/error")).toList();

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final boolean demo;

    ErrorPages(ITemplateEngine templates, ApplicationContext application, @Value("${ledger.demo:false}") boolean demo) {
        this.templates = templates;
        this.application = application;
        this.demo = demo;
    }

    @Override
    public boolean forPage(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        String within = path.substring(Math.min(path.length(), request.getContextPath().length()));
        return API_PATHS.stream().noneMatch(pattern -> PATHS.match(pattern, within));
    }

    @Override
    public ResponseEntity<String> page(HttpServletRequest request, HttpStatusCode status, String detail) {
        Context context = new Context(Locale.UK, model(request, status, detail));
        // Outside Spring MVC the layout's @pageDisplay needs the application's beans to hand.
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(templates.process("error", context));
    }

    /** Writes the error page straight to the response: for the security chain, which answers before any controller. */
    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ResponseEntity<String> page = page(request, status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
        response.getWriter().write(page.getBody());
    }

    /** The error template's model: {@link PageAdvice} gives a page controller's refusals the same. */
    Map<String, Object> model(HttpServletRequest request, HttpStatusCode status, String detail) {
        Map<String, Object> model = new HashMap<>();
        model.put("demo", demo);
        model.put("status", status.value());
        model.put("heading", heading(status));
        model.put("detail", detail);
        CurrentUser.find().map(Viewer::of).ifPresent(viewer -> model.put("viewer", viewer));
        Object csrf = request.getAttribute(CsrfToken.class.getName());
        if (csrf instanceof CsrfToken token) {
            model.put("_csrf", token);
        }
        return model;
    }

    private static String heading(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "There is a problem with what was sent";
            case 403 -> "You cannot do this";
            case 404 -> "Page not found";
            case 405 -> "This page cannot be used that way";
            case 409 -> "This has already been done";
            case 422 -> "The ledger cannot record this";
            case 429 -> "Too many requests";
            default -> status.is5xxServerError() ? "Sorry, there is a problem with the service" : "Something went wrong";
        };
    }
}
