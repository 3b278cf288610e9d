package org.mandateledger.api.security;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per user: it holds up to {@code burst} tokens and refills at {@code perSecond};
 * each request takes one. A user whose bucket is empty is told how long until the next token.
 * Buckets that have refilled completely are forgotten, so the map holds only recent callers.
 */
final class TokenBuckets {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** Past this many buckets, full ones are swept out. */
    private static final int SWEEP_ABOVE = 10_000;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long refilledAt) {
            this.tokens = tokens;
            this.refilledAt = refilledAt;
        }
    }

    TokenBuckets(int perSecond, int burst, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** Takes a token for {@code user}: empty if granted, else how long until one is free. */
    Optional<Duration> take(String user) {
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(user, u -> new Bucket(burst, now));
        Optional<Duration> wait;
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                wait = Optional.empty();
            } else {
                long nanos = (long) Math.ceil((1 - bucket.tokens) / perSecond * NANOS_PER_SECOND);
                wait = Optional.of(Duration.ofNanos(nanos));
            }
        }
        if (buckets.size() > SWEEP_ABOVE) {
            sweep(now);
        }
        return wait;
    }

    private void refill(Bucket bucket, long now) {
        double earned = (now - bucket.refilledAt) * perSecond / NANOS_PER_SECOND;
        bucket.tokens = Math.min(burst, bucket.tokens + earned);
        bucket.refilledAt = now;
    }

    private void sweep(long now) {
        for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
            Bucket bucket = it.next().getValue();
            synchronized (bucket) {
                refill(bucket, now);
                if (bucket.tokens >= burst) {
                    it.remove();
                }
            }
        }
    }
}
