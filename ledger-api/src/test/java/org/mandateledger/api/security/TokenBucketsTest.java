package org.mandateledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-user token bucket, on a clock the test moves. */
class TokenBucketsTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final TokenBuckets buckets = new TokenBuckets(2, 3, nanos::get);

    @Test
    void a_user_spends_the_burst_then_waits_for_the_next_token() {
        assertThat(buckets.take("alice")).isEmpty();
        assertThat(buckets.take("alice")).isEmpty();
        assertThat(buckets.take("alice")).isEmpty();
        // Empty: at two a second, the next token is half a second away.
        assertThat(buckets.take("alice")).contains(Duration.ofMillis(500));
        nanos.addAndGet(Duration.ofMillis(250).toNanos());
        assertThat(buckets.take("alice")).contains(Duration.ofMillis(250));
        nanos.addAndGet(Duration.ofMillis(250).toNanos());
        assertThat(buckets.take("alice")).isEmpty();
        assertThat(buckets.take("alice")).isPresent();
    }

    @Test
    void each_user_has_a_bucket_of_their_own() {
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("alice")).isEmpty();
        }
        assertThat(buckets.take("alice")).isPresent();
        assertThat(buckets.take("bob")).isEmpty();
    }

    @Test
    void a_bucket_never_holds_more_than_the_burst() {
        nanos.addAndGet(Duration.ofHours(1).toNanos());
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("alice")).isEmpty();
        }
        assertThat(buckets.take("alice")).isPresent();
    }
}
