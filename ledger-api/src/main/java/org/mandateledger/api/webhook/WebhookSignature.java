package org.mandateledger.api.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature (standardwebhooks.com), which receivers' existing libraries verify:
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">} under a secret written
 * {@code whsec_<base64 key>}. A receiver accepts a delivery only if one of the space-separated
 * signatures matches, compared in constant time, and its {@code webhook-timestamp} is within the
 * tolerance of its clock, so a captured delivery cannot be replayed later.
 */
public final class WebhookSignature {

    static final String PREFIX = "whsec_";
    /** How far a delivery's timestamp may be from the receiver's clock, as the reference libraries allow. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private WebhookSignature(byte[] key) {
        this.key = key;
    }

    /** A new secret for a subscription: 32 random bytes, written as Standard Webhooks writes them. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The signer or verifier for {@code secret} ({@code whsec_} and base64; the prefix may be left off, as the reference allows). */
    public static WebhookSignature of(String secret) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            return new WebhookSignature(Base64.getDecoder().decode(encoded));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a webhook secret is whsec_ followed by base64", e);
        }
    }

    /** The {@code webhook-signature} header value for a delivery. */
    public String sign(String id, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Why a receiver refuses a delivery; {@code null} when it accepts it. */
    public enum Refusal { NO_MATCHING_SIGNATURE, TIMESTAMP_TOO_OLD, TIMESTAMP_TOO_NEW, MALFORMED }

    /**
     * What a receiver decides, given the three headers, the raw body and its clock: the check the
     * README shows receivers, and the one the tests hold deliveries to.
     */
    public Refusal verify(String id, String timestamp, String signatures, byte[] body, Instant now) {
        if (id == null || timestamp == null || signatures == null) {
            return Refusal.MALFORMED;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return Refusal.MALFORMED;
        }
        if (seconds < now.minus(TOLERANCE).getEpochSecond()) {
            return Refusal.TIMESTAMP_TOO_OLD;
        }
        if (seconds > now.plus(TOLERANCE).getEpochSecond()) {
            return Refusal.TIMESTAMP_TOO_NEW;
        }
        byte[] expected = sign(id, seconds, body).getBytes(StandardCharsets.US_ASCII);
        for (String candidate : signatures.trim().split(" +")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.US_ASCII))) {
                return null;
            }
        }
        return Refusal.NO_MATCHING_SIGNATURE;
    }
}
