package org.mandateledger.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code prod} profile's tokens ({@code ledger.security.jwt.*}): who issues them, the audience
 * they must name, and where the signing keys are — a JWK set URI, or a PEM public key location.
 */
@ConfigurationProperties("ledger.security.jwt")
public record JwtSettings(String issuer, String audience, String jwkSetUri, String publicKey) {

    /** Refuses to start on settings that would accept tokens nobody vouched for. */
    void check() {
        if (blank(issuer) || blank(audience)) {
            throw new IllegalStateException("ledger.security.jwt.issuer and ledger.security.jwt.audience are required with JWTs");
        }
        if (blank(jwkSetUri) == blank(publicKey)) {
            throw new IllegalStateException("give exactly one of ledger.security.jwt.jwk-set-uri and ledger.security.jwt.public-key");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
