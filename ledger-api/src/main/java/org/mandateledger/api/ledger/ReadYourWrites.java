package org.mandateledger.api.ledger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.mandateledger.api.problem.InvalidRequestException;
import org.mandateledger.api.problem.NotYetConsistentException;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * {@code Ledger-Min-Position: n} on a read waits up to five seconds for the read models to reach
 * position n, so a client reads its own writes; past that the read is refused with 503.
 */
@Component
class ReadYourWrites implements HandlerInterceptor {

    static final String HEADER = "Ledger-Min-Position";
    static final Duration MAX_WAIT = Duration.ofSeconds(5);

    private final ProjectionProgress progress;

    ReadYourWrites(ProjectionProgress progress) {
        this.progress = progress;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String header = request.getHeader(HEADER);
        boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        if (header == null || !read) {
            return true;
        }
        long wanted;
        try {
            wanted = Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.field(HEADER, "must be a position, a whole number ≥ 0");
        }
        if (wanted < 0) {
            throw InvalidRequestException.field(HEADER, "must be a position, a whole number ≥ 0");
        }
        if (!progress.awaitPosition(wanted, MAX_WAIT)) {
            throw new NotYetConsistentException(wanted, progress.position());
        }
        return true;
    }
}
