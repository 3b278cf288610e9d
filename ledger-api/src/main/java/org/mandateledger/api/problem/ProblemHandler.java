package org.mandateledger.api.problem;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.mandateledger.ledger.DomainRuleViolation;
import org.mandateledger.projections.paging.InvalidCursorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error the API answers is problem+json with a stable code: the domain's refusals, bad
 * input, and what Spring MVC answers itself (404, 405, 415, ...). Nothing a client sends may
 * produce a 5xx; an unexpected failure is logged and answered without internals.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ObjectProvider<BrowserErrors> browserErrors;

    ProblemHandler(ObjectProvider<BrowserErrors> browserErrors) {
        this.browserErrors = browserErrors;
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ResponseEntity<Object> domain(DomainRuleViolation e) {
        HttpStatus status = switch (e.kind()) {
            case RULE -> HttpStatus.UNPROCESSABLE_CONTENT;
            case CONFLICT -> HttpStatus.CONFLICT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
        };
        ProblemDetail problem = Problems.of(status, e.code(), e.getMessage());
        if (!e.breaches().isEmpty()) {
            Problems.withErrors(problem, e.breaches().stream().map(b -> new Problems.RuleError(b.field(), b.code(), b.message())).toList());
        } else if (e.codes().size() > 1) {
            Problems.withErrors(problem, e.codes().stream().map(c -> new Problems.FieldError(c, c)).toList());
        }
        return respond(problem);
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> command(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DomainRuleViolation violation) {
            return domain(violation);
        }
        if (cause instanceof RuntimeException runtime && !(cause instanceof CommandExecutionException)) {
            return unwrapped(runtime);
        }
        return unexpected(e);
    }

    private ResponseEntity<Object> unwrapped(RuntimeException e) {
        if (e instanceof AggregateNotFoundException notFound) {
            return aggregateNotFound(notFound);
        }
        if (e instanceof ConcurrencyException || e instanceof AggregateStreamCreationException || e instanceof EventStoreException) {
            return concurrent(e);
        }
        if (e instanceof ConflictException conflict) {
            return conflict(conflict);
        }
        return unexpected(e);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> aggregateNotFound(AggregateNotFoundException e) {
        String id = String.valueOf(e.getAggregateIdentifier());
        int colon = id.indexOf(':');
        String code = colon > 0 ? "UNKNOWN_" + id.substring(0, colon).toUpperCase(java.util.Locale.ROOT) : "NOT_FOUND";
        return respond(Problems.of(HttpStatus.NOT_FOUND, code, "no such " + kindOf(id)));
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class, EventStoreException.class})
    ResponseEntity<Object> concurrent(RuntimeException e) {
        log.info("concurrent change refused: {}", e.getMessage());
        return respond(Problems.of(HttpStatus.CONFLICT, "CONCURRENT_CHANGE",
                "the record was changed or created by another request at the same time; read it again and retry"));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<Object> invalid(InvalidRequestException e) {
        return respond(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, e.code(), e.getMessage()), e.errors()));
    }

    /** A date or instant the calendar cannot place (a safety net: requests are range-checked first). */
    @ExceptionHandler(java.time.DateTimeException.class)
    ResponseEntity<Object> dateTime(java.time.DateTimeException e) {
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_VALUE", "a date or instant is out of range: " + firstLine(e.getMessage())));
    }

    @ExceptionHandler(InvalidCursorException.class)
    ResponseEntity<Object> cursor(InvalidCursorException e) {
        return respond(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_CURSOR", e.getMessage()),
                List.of(new Problems.FieldError("cursor", e.getMessage()))));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return respond(Problems.of(HttpStatus.CONFLICT, e.code(), e.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, e.code(), e.getMessage()));
    }

    @ExceptionHandler(NotYetConsistentException.class)
    ResponseEntity<Object> notYetConsistent(NotYetConsistentException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "NOT_YET_CONSISTENT", e.getMessage()));
    }

    /**
     * A multipart body that cannot be read — no boundary, cut short, parts never ended — is the
     * client's: 400, or 413 if it ran past the limit while it was read. (Over the container's own
     * limit it is a {@code MaxUploadSizeExceededException}, answered 413 by the base class.)
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException e) {
        Throwable root = rootCause(e);
        if (root instanceof PayloadTooLargeException tooLarge) {
            return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", tooLarge.getMessage()));
        }
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_MULTIPART",
                "the multipart body cannot be read: " + firstLine(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage())));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        String message = "'" + e.getValue() + "' is not a valid " + e.getName()
                + (e.getRequiredType() == null ? "" : ": expected " + expected(e.getRequiredType()));
        return respond(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", message),
                List.of(new Problems.FieldError(e.getName(), message))));
    }

    /** Spring Security answers these itself (401, 403 as problem+json); they must reach its filters. */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void securityDecides(RuntimeException e) {
        throw e;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("unexpected failure", e);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "the ledger could not answer; nothing was recorded"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new Problems.FieldError(error.getField(), error.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new Problems.FieldError(g.getObjectName(), g.getDefaultMessage())));
        String detail = errors.isEmpty() ? "the request is invalid"
                : errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse("");
        return respond(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", detail), errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        if (rootCause(e) instanceof PayloadTooLargeException tooLarge) {
            return respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", tooLarge.getMessage()));
        }
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return respond(Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "the body is not UTF-8"));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = unknown.getPropertyName();
            return respond(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD", "unknown field '" + field + "'"),
                    List.of(new Problems.FieldError(path(unknown), "unknown field"))));
        }
        if (cause instanceof InvalidFormatException format) {
            String message = "'" + format.getValue() + "' is not valid here: expected " + expected(format.getTargetType());
            return respond(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_VALUE", message),
                    List.of(new Problems.FieldError(path(format), message))));
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String message = "wrong type or shape" + (mismatch.getTargetType() != null ? ": expected " + describe(mismatch.getTargetType()) : "");
            return respond(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_VALUE", message),
                    List.of(new Problems.FieldError(path(mismatch), message))));
        }
        if (cause instanceof DatabindException bind) {
            Throwable root = rootCause(bind);
            String message = root.getMessage() == null ? "invalid value" : firstLine(root.getMessage());
            return respond(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_VALUE", message),
                    List.of(new Problems.FieldError(path(bind), message))));
        }
        if (cause instanceof StreamReadException read) {
            String reason = plainReason(read.getOriginalMessage());
            String code = reason.toLowerCase().contains("duplicate") ? "DUPLICATE_KEY" : "MALFORMED_JSON";
            String where = read.getLocation() == null || read.getLocation().getLineNr() < 1 ? ""
                    : " at line " + read.getLocation().getLineNr() + ", column " + read.getLocation().getColumnNr();
            return respond(Problems.of(HttpStatus.BAD_REQUEST, code, "the body is not valid JSON" + where + ": " + reason));
        }
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "MALFORMED_JSON", "the body is missing or is not valid JSON"));
    }

    /** Every other exception Spring MVC answers itself keeps its status and gains a code. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        // A page path that does not exist, or a method no page takes: an error page for the person asking.
        BrowserErrors pages = browserErrors.getIfAvailable();
        if (pages != null && request instanceof ServletWebRequest servlet && pages.forPage(servlet.getRequest())) {
            ResponseEntity<String> page = pages.page(servlet.getRequest(), status, null);
            return new ResponseEntity<>(page.getBody(), page.getHeaders(), status);
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            String message = "the query parameter '" + missing.getParameterName() + "' is required";
            return respond(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", message),
                    List.of(new Problems.FieldError(missing.getParameterName(), "required"))));
        }
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : ProblemDetail.forStatusAndDetail(status, e.getMessage() == null ? "" : firstLine(e.getMessage()));
        ProblemDetail coded = Problems.of(status, Problems.defaultCode(status.value()),
                problem.getDetail() == null ? HttpStatus.valueOf(status.value()).getReasonPhrase() : problem.getDetail());
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(coded, out, status);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String enumValues(Class<?> type) {
        if (type != null && type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return " (one of " + String.join(", ", names) + ")";
        }
        return "";
    }

    /** What a value of {@code type} looks like, in words a client can act on. */
    static String expected(Class<?> type) {
        if (type == java.time.Instant.class) {
            return "an instant in ISO-8601 form with its offset, e.g. 2026-12-06T09:30:00Z";
        }
        if (type == java.time.LocalDate.class) {
            return "a date in ISO-8601 form, e.g. 2026-12-06";
        }
        if (type == java.util.UUID.class) {
            return "an id in UUID form, e.g. 3f2c8a4e-9b1d-4c6e-8f2a-5d7e9c1b3a40";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return describe(type);
    }

    /**
     * The parser's reason without its internals: no source excerpt or "[Source: …]" location (the
     * line and column are given apart), no feature names, and the first line only.
     */
    static String plainReason(String original) {
        String reason = firstLine(original == null ? "malformed" : original)
                .replaceAll("\\s*\\(?(start marker at )?\\[Source:.*$", "")
                .replaceAll("\\s*\\(code \\d+\\)", "")
                .strip();
        return reason.isEmpty() ? "malformed" : Character.toLowerCase(reason.charAt(0)) + reason.substring(1);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of the values" + enumValues(type);
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return type.getSimpleName().toLowerCase();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    private static String kindOf(String aggregateIdentifier) {
        int colon = aggregateIdentifier == null ? -1 : aggregateIdentifier.indexOf(':');
        return colon > 0 ? aggregateIdentifier.substring(0, colon) + " '" + aggregateIdentifier.substring(colon + 1) + "'" : "record";
    }
}
