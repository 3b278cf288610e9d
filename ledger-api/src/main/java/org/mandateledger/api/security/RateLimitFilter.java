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
 * user has spent their burst, further requests are answered {@code 429} problem+json with code
 * {@code RATE_LIMITED} and {@code Retry-After} (whole seconds) until tokens refill. Runs after
 * authentication, so it counts the user, not the connection; anonymous requests are not counted
 * (they get nothing but {@code 401} and the open health and API documents).
 */
public class RateLimitFilter extends OncePerRequestFilter {

    public static final String RATE_LIMITED = "RATE_LIMITED";
    static final URI RATE_LIMITED_TYPE = URI.create("urn:mandate-ledger:problem:rate-limited");

    private final TokenBuckets buckets;
    private final SecurityProblems problems;

    RateLimitFilter(RateLimitProperties limits, JsonMapper json) {
        this(limits.unlimited() ? null : new TokenBuckets(limits.perSecond(), limits.burst(), System::nanoTime), json);
    }

    RateLimitFilter(TokenBuckets buckets, JsonMapper json) {
        this.buckets = buckets;
        this.problems = new SecurityProblems(json);
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
        problems.write(response, SecurityProblems.problem(HttpStatus.TOO_MANY_REQUESTS, RATE_LIMITED_TYPE, "Too Many Requests",
                RATE_LIMITED, "Too many requests from " + authentication.getName() + "; try again in " + seconds + " s.", request));
    }
}
