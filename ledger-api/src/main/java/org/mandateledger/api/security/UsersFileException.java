package org.mandateledger.api.security;

/**
 * The users (or bootstrap-admin) file cannot be used; thrown at start-up so the application refuses
 * to start. The message names the file and, where it applies, the entry; it never holds a password.
 */
public class UsersFileException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public UsersFileException(String message) {
        super(message);
    }

    public UsersFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
