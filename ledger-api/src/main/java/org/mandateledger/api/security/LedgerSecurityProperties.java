package org.mandateledger.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.security.*}.
 *
 * @param usersFile path of the users file ({@code .json}, {@code .yml} or {@code .yaml}); absent or
 *                  blank means "no users file": the bootstrap admin kept under {@code ledger.data-dir}
 *                  is used (created, with its password printed once, on the first start)
 */
@ConfigurationProperties("ledger.security")
public record LedgerSecurityProperties(String usersFile) {

    /** Whether a users file is configured (not absent, not blank). */
    public boolean hasUsersFile() {
        return usersFile != null && !usersFile.isBlank();
    }
}
