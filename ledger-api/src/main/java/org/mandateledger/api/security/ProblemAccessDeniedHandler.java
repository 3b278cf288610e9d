package org.mandateledger.api.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * 403: an {@code application/problem+json} body with code {@code FORBIDDEN}. The detail is the reason
 * of an {@link AccessRules.Denial} or the message of an {@link OutOfReachException}; for any other
 * {@link AccessDeniedException} it is generic (their messages are not meant for callers).
 */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final SecurityProblems problems;

    public ProblemAccessDeniedHandler(JsonMapper jsonMapper) {
        this.problems = new SecurityProblems(jsonMapper);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            AccessDeniedException exception) throws IOException {
        problems.write(response, SecurityProblems.problem(HttpStatus.FORBIDDEN, SecurityProblems.FORBIDDEN_TYPE,
                "Forbidden", SecurityProblems.FORBIDDEN, detail(exception), request));
    }

    static String detail(AccessDeniedException exception) {
        if (exception instanceof OutOfReachException) {
            return exception.getMessage();
        }
        if (exception instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof AccessRules.Denial denial) {
            return denial.reason();
        }
        return "You are not allowed to do this.";
    }
}
