package org.mandateledger.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-user request limits: {@code per-second} requests on average, up to {@code burst} at once;
 * {@code 0} for no limit.
 */
@ConfigurationProperties("ledger.rate-limit")
public record RateLimitProperties(@DefaultValue("100") int perSecond, @DefaultValue("200") int burst) {

    public RateLimitProperties {
        if (perSecond < 0 || burst < 0) {
            throw new IllegalArgumentException("ledger.rate-limit.per-second and .burst are 0 (no limit) or more");
        }
    }

    public boolean unlimited() {
        return perSecond == 0 || burst == 0;
    }
}
