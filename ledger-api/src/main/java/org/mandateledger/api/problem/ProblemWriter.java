package org.mandateledger.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem straight to the response, for filters that answer before Spring MVC is reached. */
@Component
public class ProblemWriter {

    private final JsonMapper json;
    private final ObjectProvider<BrowserErrors> browserErrors;

    ProblemWriter(JsonMapper json, ObjectProvider<BrowserErrors> browserErrors) {
        this.json = json;
        this.browserErrors = browserErrors;
    }

    /**
     * The problem as problem+json; for a page (a form sent twice with changes, a rate limit), as an
     * error page with the problem's detail.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        BrowserErrors pages = browserErrors.getIfAvailable();
        if (request != null && pages != null && pages.forPage(request)) {
            ResponseEntity<String> page = pages.page(request, status, pageDetail(code, detail));
            response.setStatus(status.value());
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            response.getWriter().write(page.getBody());
            return;
        }
        write(response, status, code, detail);
    }

    private static String pageDetail(String code, String detail) {
        return switch (code) {
            case "IDEMPOTENCY_KEY_REUSED" -> "This form was already sent, with other answers. Nothing more was recorded: reload the page to start again.";
            case "RATE_LIMITED" -> "Too many requests in a short time. Wait a moment and try again.";
            default -> Character.toUpperCase(detail.charAt(0)) + detail.substring(1) + ".";
        };
    }

    public void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Problems.of(status, code, detail));
    }
}
