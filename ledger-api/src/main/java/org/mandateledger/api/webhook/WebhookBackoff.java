package org.mandateledger.api.webhook;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next attempt at an event: exponential back-off with jitter. After the
 * n-th failure the step is {@code first × 2^(n-1)}, at most {@code longest}; the wait is half the
 * step plus a random part of the other half, so a receiver that comes back is not met by every
 * subscription at once, and no retry comes sooner than half its step.
 */
final class WebhookBackoff {

    private WebhookBackoff() {
    }

    static Duration after(int failures, Duration first, Duration longest, RandomGenerator random) {
        if (failures < 1) {
            throw new IllegalArgumentException("a wait follows a failure");
        }
        long step = first.toMillis();
        for (int i = 1; i < failures && step < longest.toMillis(); i++) {
            step *= 2;
        }
        step = Math.min(step, longest.toMillis());
        long half = step / 2;
        return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
