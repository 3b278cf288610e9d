package org.mandateledger.api.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import tools.jackson.databind.json.JsonMapper;

/**
 * 401: {@code WWW-Authenticate: Basic realm="mandate-ledger"} and an {@code application/problem+json}
 * body with code {@code UNAUTHENTICATED}. Used both for missing and for wrong credentials.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String WWW_AUTHENTICATE = "Basic realm=\"" + AccessRules.REALM + "\"";

    private final SecurityProblems problems;

    public ProblemAuthenticationEntryPoint(JsonMapper jsonMapper) {
        this.problems = new SecurityProblems(jsonMapper);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String detail = exception instanceof BadCredentialsException
                ? "The user name or password was not accepted."
                : "This request needs authentication: send HTTP Basic credentials.";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, WWW_AUTHENTICATE);
        problems.write(response, SecurityProblems.problem(HttpStatus.UNAUTHORIZED,
                SecurityProblems.UNAUTHENTICATED_TYPE, "Unauthenticated", SecurityProblems.UNAUTHENTICATED,
                detail, request));
    }
}
