package org.mandateledger.api.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * The RFC 9457 problems that security answers with, and how they are written: a {@link ProblemDetail}
 * with {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance} and {@code code},
 * serialised by the application's {@link JsonMapper} as {@code application/problem+json}.
 */
public final class SecurityProblems {

    public static final URI UNAUTHENTICATED_TYPE = URI.create("urn:mandate-ledger:problem:unauthenticated");
    public static final URI FORBIDDEN_TYPE = URI.create("urn:mandate-ledger:problem:forbidden");
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";

    private final JsonMapper jsonMapper;

    SecurityProblems(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    static ProblemDetail problem(HttpStatus status, URI type, String title, String code, String detail,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        return problem;
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        byte[] body = jsonMapper.writeValueAsBytes(problem);
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
