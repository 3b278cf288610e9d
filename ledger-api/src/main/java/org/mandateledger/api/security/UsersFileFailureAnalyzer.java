package org.mandateledger.api.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link UsersFileException} into a short "APPLICATION FAILED TO START" report. */
class UsersFileFailureAnalyzer extends AbstractFailureAnalyzer<UsersFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UsersFileException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the users file named by ledger.security.users-file (a JSON or YAML list of"
                        + " {username, password, role, confederation, organisation?, login?}, passwords as"
                        + " {bcrypt}... from org.mandateledger.api.security.PasswordHashCommand), or unset"
                        + " ledger.security.users-file to use the bootstrap admin under ledger.data-dir.",
                cause);
    }
}
