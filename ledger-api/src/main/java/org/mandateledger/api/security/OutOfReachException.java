package org.mandateledger.api.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * The current user's reach does not include a confederation. An {@link AccessDeniedException}, so
 * Spring Security answers it with a 403 {@code application/problem+json} whose detail is this message
 * (so keep the message free of anything secret).
 */
public class OutOfReachException extends AccessDeniedException {

    private static final long serialVersionUID = 1L;

    public OutOfReachException(String message) {
        super(message);
    }
}
