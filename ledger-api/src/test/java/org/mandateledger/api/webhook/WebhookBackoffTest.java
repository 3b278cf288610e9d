package org.mandateledger.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Exponential back-off with jitter: the step doubles from the first wait up to the longest, and the
 * wait is between half the step and the step, spread so retries do not all come at once; with the
 * defaults (5 s, at most an hour) an event is retried some 30 times over the 24 hours before its
 * subscription is marked failing.
 */
class WebhookBackoffTest {

    private static final Duration FIRST = Duration.ofSeconds(5);
    private static final Duration LONGEST = Duration.ofHours(1);

    @Test
    void the_step_doubles_up_to_the_longest_and_the_wait_is_between_half_the_step_and_the_step() {
        Random random = new Random(15);
        long step = FIRST.toMillis();
        for (int failures = 1; failures <= 40; failures++) {
            for (int sample = 0; sample < 50; sample++) {
                long wait = WebhookBackoff.after(failures, FIRST, LONGEST, random).toMillis();
                assertThat(wait).as("after %d failures", failures).isBetween(step / 2, step);
            }
            step = Math.min(step * 2, LONGEST.toMillis());
        }
    }

    @Test
    void waits_are_spread_not_all_alike() {
        Random random = new Random(21);
        Set<Long> waits = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            waits.add(WebhookBackoff.after(6, FIRST, LONGEST, random).toMillis());
        }
        assertThat(waits).hasSizeGreaterThan(15);
    }

    @Test
    void over_a_day_an_event_is_tried_about_thirty_times_at_most_an_hour_apart() {
        Random random = new Random(7);
        Duration elapsed = Duration.ZERO;
        int attempts = 1;
        while (elapsed.compareTo(Duration.ofHours(24)) < 0) {
            elapsed = elapsed.plus(WebhookBackoff.after(attempts, FIRST, LONGEST, random));
            attempts++;
        }
        assertThat(attempts).isBetween(25, 50);
    }

    @Test
    void a_wait_follows_a_failure() {
        assertThatThrownBy(() -> WebhookBackoff.after(0, FIRST, LONGEST, new Random())).isInstanceOf(IllegalArgumentException.class);
    }
}
