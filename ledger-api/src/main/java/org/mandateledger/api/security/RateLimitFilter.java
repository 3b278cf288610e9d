package org.mandateledger.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-user rate limit ({@code ledger.rate-limit.per-second} and {@code .burst}): once a signed-in
 * user has spent their burst, further requests are answered {@code 429} with {@code Retry-After}
 * (whole seconds) until tokens refill: problem+json with code {@code RATE_LIMITED} on the API, an
 * error page in the pages' look on a page ({@link Refusal}). Runs after
 * authentication, so it counts the user, not the connection; anonymous requests are not counted
 * (they get nothing but {@code 401} and the open health and API documents).
 */
public class RateLimitFilter extends OncePerRequestFilter {

    public static final String RATE_LIMITED = "RATE_LIMITED";
    static final URI RATE_LIMITED_TYPE = URI.create("urn:mandate-ledger:problem:rate-limited");

    /** How a request past the limit is answered, once {@code Retry-After} is set. */
    @FunctionalInterface
    public interface Refusal {
        void write(HttpServletRequest request, HttpServletResponse response, String user, long seconds) throws IOException;
    }

    private final TokenBuckets buckets;
    private final Refusal refusal;

    RateLimitFilter(RateLimitProperties limits, Refusal refusal) {
        this(limits.unlimited() ? null : new TokenBuckets(limits.perSecond(), limits.burst(), System::nanoTime), refusal);
    }

    RateLimitFilter(TokenBuckets buckets, Refusal refusal) {
        this.buckets = buckets;
        this.refusal = refusal;
    }

    /** The API's answer: problem+json with code {@code RATE_LIMITED}. */
    static Refusal problem(JsonMapper json) {
        SecurityProblems problems = new SecurityProblems(json);
        return (request, response, user, seconds) -> problems.write(response, SecurityProblems.problem(HttpStatus.TOO_MANY_REQUESTS,
                RATE_LIMITED_TYPE, "Too Many Requests", RATE_LIMITED, "Too many requests from " + user + "; try again in " + seconds + " s.",
                request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (buckets == null || authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> wait = buckets.take(authentication.getName());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        refusal.write(request, response, authentication.getName(), seconds);
    }
}
