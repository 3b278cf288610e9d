package org.mandateledger.api.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container answers itself (an error raised outside Spring MVC, a rejected URL)
 * is rendered as problem+json too, with the status's default code and no internals; for a page, as an
 * error page ({@link BrowserErrors}).
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private final ObjectProvider<BrowserErrors> browserErrors;

    ProblemErrorController(ObjectProvider<BrowserErrors> browserErrors) {
        this.browserErrors = browserErrors;
    }

    @RequestMapping("/error")
    ResponseEntity<?> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.valueOf(i) : HttpStatus.INTERNAL_SERVER_ERROR;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null && hasCause(failure, PayloadTooLargeException.class)) {
            status = HttpStatus.CONTENT_TOO_LARGE;
        }
        BrowserErrors pages = browserErrors.getIfAvailable();
        if (pages != null && pages.forPage(request)) {
            return pages.page(request, status, null);
        }
        String detail = status.is5xxServerError() ? "the ledger could not answer; nothing was recorded" : status.getReasonPhrase();
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(status, Problems.defaultCode(status.value()), detail));
    }

    private static boolean hasCause(Throwable failure, Class<?> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
