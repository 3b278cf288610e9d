package org.mandateledger.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Errors for a person in a browser: a request for a page (anything outside the API's paths) is
 * answered with an error page in the pages' look, never with problem+json. The pages provide it;
 * the API's handlers ask it, so they never depend on the pages.
 */
public interface BrowserErrors {

    /** Whether this request is for a page rather than the API. */
    boolean forPage(HttpServletRequest request);

    /** The error page for {@code status}, with a sentence a person can act on. */
    ResponseEntity<String> page(HttpServletRequest request, HttpStatusCode status, String detail);
}
