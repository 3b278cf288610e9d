package org.mandateledger.api.pages;

import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.stereotype.Component;

/**
 * The API's request rules ({@code AccessRules}), asked for a page: before a page reads or writes
 * what an API path would, it asks whether the API's chain lets this user call that path. So a role
 * the API refuses ({@code 403}) is refused the page too, by the same rule, not a copy of it.
 */
@Component
public class ApiRules {

    private final WebInvocationPrivilegeEvaluator privileges;

    ApiRules(WebInvocationPrivilegeEvaluator privileges) {
        this.privileges = privileges;
    }

    /** @throws AccessDeniedException (a 403 page) when the API would refuse {@code method apiPath} to the current user */
    public void require(HttpMethod method, String apiPath) {
        if (!allows(method, apiPath)) {
            throw new AccessDeniedException("Your role does not allow this.");
        }
    }

    /** Whether the API lets the current user call {@code method apiPath}: what a page offers them to do. */
    public boolean allows(HttpMethod method, String apiPath) {
        return privileges.isAllowed("", apiPath, method.name(), SecurityContextHolder.getContext().getAuthentication());
    }
}
