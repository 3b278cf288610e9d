package org.mandateledger.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandateledger.api.problem.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A keyed request recorded without an answer is taken to be cut off by a stop only once it is
 * older than the in-flight limit and no longer being answered here: a long import retried while it
 * is still running is told to wait, not that its answer was lost.
 */
class IdempotencyFilterTest {

    private static final FilterChain MUST_NOT_RUN = (request, response) -> fail("a retry must not run the request again");

    private final IdempotencyRecords records = mock(IdempotencyRecords.class);
    private final ProblemWriter problems = mock(ProblemWriter.class);
    /** Retries wait 20 ms for an answer; anything recorded over a millisecond ago counts as past the in-flight limit. */
    private final IdempotencyFilter filter = new IdempotencyFilter(records,
            new IdempotencyProperties(Duration.ofHours(24), Duration.ofMillis(20), Duration.ofMillis(1), Duration.ofHours(1)), problems);

    @BeforeEach
    void signedIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("sec", "n/a", List.of()));
    }

    @AfterEach
    void signedOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_retry_while_the_first_request_is_still_being_answered_here_waits_however_long_that_takes() throws Exception {
        when(records.find(any())).thenReturn(Optional.empty());
        AtomicReference<MockHttpServletResponse> retried = new AtomicReference<>();
        FilterChain longImport = (request, response) -> {
            // Its first command has recorded the key, five minutes ago; it is still importing.
            Instant fiveMinutesAgo = Instant.now().minus(Duration.ofMinutes(5));
            when(records.find(any())).thenReturn(Optional.of(new IdempotencyRecords.Stored(IdempotentRequest.current().fingerprint(),
                    fiveMinutesAgo, null)));
            MockHttpServletResponse retry = new MockHttpServletResponse();
            filter.doFilter(keyedImport(), retry, MUST_NOT_RUN);
            retried.set(retry);
        };

        filter.doFilter(keyedImport(), new MockHttpServletResponse(), longImport);

        assertThat(retried.get()).isNotNull();
        verify(problems).write(any(), eq(retried.get()), eq(HttpStatus.CONFLICT), eq("IDEMPOTENT_REQUEST_IN_PROGRESS"), anyString());
        verify(problems, never()).write(any(), any(), any(), eq("IDEMPOTENT_ANSWER_LOST"), anyString());

        // Once nobody here is answering it and its answer never came, it was cut off: the retry is told so.
        MockHttpServletResponse later = new MockHttpServletResponse();
        filter.doFilter(keyedImport(), later, MUST_NOT_RUN);
        verify(problems).write(any(), eq(later), eq(HttpStatus.CONFLICT), eq("IDEMPOTENT_ANSWER_LOST"), anyString());
    }

    private static MockHttpServletRequest keyedImport() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/topics/long");
        request.setRequestURI("/api/v1/topics/long");
        request.addHeader(IdempotencyFilter.HEADER, "import-2026-12-05");
        request.setContentType("application/json");
        request.setContent("{\"title\":\"A long one\"}".getBytes(StandardCharsets.UTF_8));
        return request;
    }
}
