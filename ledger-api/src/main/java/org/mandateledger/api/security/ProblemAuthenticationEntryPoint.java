package org.mandateledger.api.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import tools.jackson.databind.json.JsonMapper;

/**
 * 401: {@code WWW-Authenticate: Basic realm="mandate-ledger"} and an {@code application/problem+json}
 * body with code {@code UNAUTHENTICATED}. Used both for missing and for wrong credentials.
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    static final String WWW_AUTHENTICATE = "Basic realm=\"" + AccessRules.REALM + "\"";
    static final String WWW_AUTHENTICATE_BEARER = "Bearer realm=\"" + AccessRules.REALM + "\"";

    private final SecurityProblems problems;
    private final boolean bearer;

    public ProblemAuthenticationEntryPoint(JsonMapper jsonMapper) {
        this(jsonMapper, false);
    }

    /** @param bearer tokens (the {@code prod} profile) rather than HTTP Basic */
    public ProblemAuthenticationEntryPoint(JsonMapper jsonMapper, boolean bearer) {
        this.problems = new SecurityProblems(jsonMapper);
        this.bearer = bearer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String detail;
        if (bearer) {
            detail = exception instanceof OAuth2AuthenticationException oauth
                    ? "The token was not accepted" + (oauth.getError().getDescription() == null ? "." : ": " + oauth.getError().getDescription())
                    : "This request needs authentication: send a bearer token.";
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, exception instanceof OAuth2AuthenticationException
                    ? WWW_AUTHENTICATE_BEARER + ", error=\"invalid_token\"" : WWW_AUTHENTICATE_BEARER);
        } else {
            detail = exception instanceof BadCredentialsException
                    ? "The user name or password was not accepted."
                    : "This request needs authentication: send HTTP Basic credentials.";
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, WWW_AUTHENTICATE);
        }
        problems.write(response, SecurityProblems.problem(HttpStatus.UNAUTHORIZED,
                SecurityProblems.UNAUTHENTICATED_TYPE, "Unauthenticated", SecurityProblems.UNAUTHENTICATED,
                detail, request));
    }
}
