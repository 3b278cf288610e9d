package org.mandateledger.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Deliveries are signed as Standard Webhooks says, so receivers' existing libraries verify them: the
 * published test vector reproduces exactly; a tampered body, another secret, or a timestamp outside
 * five minutes of the receiver's clock (a replayed old delivery) is refused.
 */
class WebhookSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330;
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNED = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void the_published_standard_webhooks_test_vector_reproduces_exactly() {
        assertThat(WebhookSignature.of(SECRET).sign(ID, TIMESTAMP, BODY)).isEqualTo(SIGNED);
        assertThat(WebhookSignature.of(SECRET.substring("whsec_".length())).sign(ID, TIMESTAMP, BODY))
                .as("the prefix may be left off").isEqualTo(SIGNED);
    }

    @Test
    void a_receiver_accepts_the_delivery_as_signed_and_nothing_else() {
        WebhookSignature receiver = WebhookSignature.of(SECRET);
        Instant then = Instant.ofEpochSecond(TIMESTAMP);
        assertThat(receiver.verify(ID, Long.toString(TIMESTAMP), SIGNED, BODY, then)).isNull();
        assertThat(receiver.verify(ID, Long.toString(TIMESTAMP), "v1,bm9wZQ== " + SIGNED, BODY, then.plusSeconds(299)))
                .as("one matching signature of several, within five minutes").isNull();

        byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
        assertThat(receiver.verify(ID, Long.toString(TIMESTAMP), SIGNED, tampered, then))
                .isEqualTo(WebhookSignature.Refusal.NO_MATCHING_SIGNATURE);
        assertThat(receiver.verify("msg_other", Long.toString(TIMESTAMP), SIGNED, BODY, then))
                .isEqualTo(WebhookSignature.Refusal.NO_MATCHING_SIGNATURE);
        assertThat(WebhookSignature.of(WebhookSignature.newSecret()).verify(ID, Long.toString(TIMESTAMP), SIGNED, BODY, then))
                .as("another subscription's secret").isEqualTo(WebhookSignature.Refusal.NO_MATCHING_SIGNATURE);
        assertThat(receiver.verify(ID, Long.toString(TIMESTAMP), SIGNED, BODY, then.plusSeconds(301)))
                .as("a delivery replayed later").isEqualTo(WebhookSignature.Refusal.TIMESTAMP_TOO_OLD);
        assertThat(receiver.verify(ID, Long.toString(TIMESTAMP), SIGNED, BODY, then.minusSeconds(301)))
                .isEqualTo(WebhookSignature.Refusal.TIMESTAMP_TOO_NEW);
        assertThat(receiver.verify(ID, "yesterday", SIGNED, BODY, then)).isEqualTo(WebhookSignature.Refusal.MALFORMED);
        assertThat(receiver.verify(ID, null, SIGNED, BODY, then)).isEqualTo(WebhookSignature.Refusal.MALFORMED);
    }

    @Test
    void each_new_secret_is_random_and_in_the_standard_form() {
        String one = WebhookSignature.newSecret();
        assertThat(one).startsWith("whsec_").hasSize("whsec_".length() + 44).isNotEqualTo(WebhookSignature.newSecret());
        assertThatThrownBy(() -> WebhookSignature.of("whsec_not base64!")).isInstanceOf(IllegalArgumentException.class);
    }
}
