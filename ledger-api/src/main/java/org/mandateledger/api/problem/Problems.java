package org.mandateledger.api.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problems with the ledger's stable {@code code}; the {@code type} is a URN
 * derived from the code so that both stay stable together.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed validation. */
    public record FieldError(String field, String message) {
    }

    /** One rule of the domain a part of the request broke, with its stable code. */
    public record RuleError(String field, String code, String message) {
    }

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:mandate-ledger:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        problem.setProperty("code", code);
        return problem;
    }

    public static ProblemDetail withErrors(ProblemDetail problem, List<?> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The code a status carries when nothing more specific is known. */
    public static String defaultCode(int status) {
        return DEFAULT_CODES.getOrDefault(status, status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST");
    }

    private static final Map<Integer, String> DEFAULT_CODES = Map.ofEntries(
            Map.entry(400, "BAD_REQUEST"),
            Map.entry(401, "UNAUTHENTICATED"),
            Map.entry(403, "FORBIDDEN"),
            Map.entry(404, "NOT_FOUND"),
            Map.entry(405, "METHOD_NOT_ALLOWED"),
            Map.entry(406, "NOT_ACCEPTABLE"),
            Map.entry(409, "CONFLICT"),
            Map.entry(413, "PAYLOAD_TOO_LARGE"),
            Map.entry(415, "UNSUPPORTED_MEDIA_TYPE"),
            Map.entry(422, "UNPROCESSABLE"),
            Map.entry(429, "RATE_LIMITED"),
            Map.entry(503, "UNAVAILABLE"));
}
