package org.mandateledger.api.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.mandateledger.api.problem.PayloadTooLargeException;
import org.mandateledger.api.problem.ProblemWriter;
import org.mandateledger.api.request.ReadBody;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on writes ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE}),
 * once the caller is signed in:
 * <ul>
 * <li>a key not seen before: the request runs, its first command claims the key in its own
 * transaction, and the answer is kept once given;</li>
 * <li>the same key and request again: the first answer, and nothing appended;</li>
 * <li>the same key with another request: {@code 422 IDEMPOTENCY_KEY_REUSED};</li>
 * <li>the same key while the first request is still being answered: the first answer, once given.</li>
 * </ul>
 * A request that was refused recorded nothing, and neither is its key: a retry is decided afresh.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String POSITION_HEADER = "Ledger-Position";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Duration POLL = Duration.ofMillis(50);

    private final IdempotencyRecords records;
    private final IdempotencyProperties settings;
    private final ProblemWriter problems;
    /**
     * The keyed requests this instance is answering now. A key recorded without an answer is taken
     * to be cut off by a stop only after {@code in-flight-limit}, and never while it is here: an
     * import of many organisations may take longer than that and is still being answered.
     */
    private final Set<IdempotencyRecord.Id> answering = ConcurrentHashMap.newKeySet();

    IdempotencyFilter(IdempotencyRecords records, IdempotencyProperties settings, ProblemWriter problems) {
        this.records = records;
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String caller = caller();
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            problems.write(response, HttpStatus.BAD_REQUEST, "INVALID_IDEMPOTENCY_KEY",
                    "an Idempotency-Key is 1 to 255 visible ASCII characters");
            return;
        }
        HttpServletRequest replayable;
        String fingerprint;
        try {
            if (isMultipart(request)) {
                fingerprint = fingerprint(request, partsOf(request));
                replayable = request;
            } else {
                byte[] body = request.getInputStream().readAllBytes();
                fingerprint = fingerprint(request, body);
                replayable = new Replayable(request, body);
            }
        } catch (PayloadTooLargeException e) {
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", e.getMessage());
            return;
        } catch (IllegalStateException | ServletException unreadable) {
            // A multipart body that cannot be read is refused by the request's own handling, and records nothing.
            chain.doFilter(request, response);
            return;
        }
        IdempotencyRecord.Id id = new IdempotencyRecord.Id(caller, key);
        Optional<IdempotencyRecords.Stored> stored = records.find(id);
        if (stored.isPresent()) {
            answerAgain(request, id, fingerprint, stored.get(), response);
            return;
        }
        IdempotentRequest idempotent = IdempotentRequest.begin(id, fingerprint);
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean answeringHere = answering.add(id);
        try {
            chain.doFilter(replayable, answer);
        } finally {
            idempotent.end();
            if (answeringHere) {
                answering.remove(id);
            }
        }
        if (idempotent.lostRace()) {
            answer.resetBuffer();
            response.reset();
            Optional<IdempotencyRecords.Stored> first = records.find(id);
            if (first.isPresent()) {
                answerAgain(request, id, fingerprint, first.get(), response);
            } else {
                inProgress(request, response);
            }
            return;
        }
        if (idempotent.claimed()) {
            records.answer(id, kept(answer));
        } else if (HttpStatus.valueOf(answer.getStatus()).is2xxSuccessful()) {
            records.recordAnswered(id, fingerprint, kept(answer));
        }
        answer.copyBodyToResponse();
    }

    /**
     * A key already recorded: another request under it is refused; the same request gets the first
     * answer, waiting for it while the first request is still being answered.
     */
    private void answerAgain(HttpServletRequest request, IdempotencyRecord.Id id, String fingerprint, IdempotencyRecords.Stored stored, HttpServletResponse response)
            throws IOException {
        if (!stored.fingerprint().equals(fingerprint)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was used for another request; use a new key for a new request");
            return;
        }
        IdempotencyRecords.Stored current = stored;
        Instant giveUp = Instant.now().plus(settings.answerWait());
        while (current.answer() == null && Instant.now().isBefore(giveUp)) {
            pause();
            current = records.find(id).orElse(current);
        }
        IdempotencyRecord.Answer first = current.answer();
        if (first != null) {
            response.setStatus(first.status());
            if (first.contentType() != null) {
                response.setContentType(first.contentType());
            }
            if (first.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, first.location());
            }
            if (first.position() != null) {
                response.setHeader(POSITION_HEADER, Long.toString(first.position()));
            }
            response.setHeader(REPLAYED_HEADER, "true");
            if (first.body() != null) {
                response.setContentLength(first.body().length);
                response.getOutputStream().write(first.body());
            }
            return;
        }
        if (!answering.contains(id) && current.recordedAt().isBefore(Instant.now().minus(settings.inFlightLimit()))) {
            problems.write(request, response, HttpStatus.CONFLICT, "IDEMPOTENT_ANSWER_LOST",
                    "this request was recorded at " + current.recordedAt() + ", but the service stopped before it answered;"
                            + " nothing more was recorded. Read what it wrote (the event feed shows it) rather than retrying");
            return;
        }
        inProgress(request, response);
    }

    private void inProgress(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problems.write(request, response, HttpStatus.CONFLICT, IdempotencyClaims.IN_PROGRESS,
                "a request with this Idempotency-Key is still being answered; retry shortly");
    }

    private static IdempotencyRecord.Answer kept(ContentCachingResponseWrapper answer) {
        String position = answer.getHeader(POSITION_HEADER);
        return new IdempotencyRecord.Answer(answer.getStatus(), answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
                position == null ? null : Long.valueOf(position), answer.getContentAsByteArray());
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    /** What makes two requests the same: method, path, query and body (for a multipart body, its parts, not its boundary). */
    static String fingerprint(HttpServletRequest request, byte[] body) {
        MessageDigest sha256 = sha256();
        sha256.update((request.getMethod() + ' ' + request.getRequestURI() + '?' + nullToEmpty(request.getQueryString()) + '\n')
                .getBytes(StandardCharsets.UTF_8));
        sha256.update(body);
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    /** Each part's name, file name and content, in the order sent, each hashed: the boundary is chosen afresh on each try. */
    private static byte[] partsOf(HttpServletRequest request) throws IOException, ServletException {
        MessageDigest parts = sha256();
        for (Part part : request.getParts()) {
            MessageDigest content = sha256();
            try (var in = part.getInputStream()) {
                content.update(in.readAllBytes());
            }
            parts.update((part.getName() + '\n' + nullToEmpty(part.getSubmittedFileName()) + '\n' + HexFormat.of().formatHex(content.digest()) + '\n')
                    .getBytes(StandardCharsets.UTF_8));
        }
        return parts.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The request with its body read once, to fingerprint it, and served again to the controller. */
    private static final class Replayable extends HttpServletRequestWrapper {
        private final byte[] body;

        Replayable(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            return new ReadBody(body);
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }
    }
}
