package org.mandateledger.api.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic sends the password with every request, and checking it against its bcrypt hash takes
 * tens of milliseconds by design: with a {@code {bcrypt}} user the service answered 27 reads a
 * second where a {@code {noop}} user got 1,472 (issue 17). This encoder checks a password against a
 * hash once and then remembers, for {@link #REMEMBER_FOR}, that the pair matched; a wrong password is
 * always checked in full, so guessing over HTTP costs what it did. Only pairs whose hash is a
 * user's are remembered ({@link #rememberFor}; none until told): never the decoy hash Spring checks
 * for an unknown user name, which would otherwise tell a known name from an unknown one by time.
 *
 * <p>What is kept is a keyed digest of (hash, password), HMAC-SHA-256 under a key drawn afresh by
 * each process, never the password. The key is in the same memory: a dump of a running node lets
 * the passwords of users seen in the last ten minutes be guessed at HMAC speed rather than bcrypt's,
 * so such a dump is as secret as the passwords themselves (no heap dump endpoint is exposed). A new
 * hash (a changed password) matches no remembered pair. At most {@link #CAPACITY} pairs; past that,
 * expired pairs go, then all of them.
 */
final class RememberedPasswords implements PasswordEncoder {

    static final Duration REMEMBER_FOR = Duration.ofMinutes(10);
    static final int CAPACITY = 10_000;

    private final PasswordEncoder delegate;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> matched = new ConcurrentHashMap<>();
    private volatile Predicate<String> usersHashes = hash -> false;

    RememberedPasswords(PasswordEncoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Remembers matches only for hashes of which this says they are users' (the users directory's). */
    void rememberFor(Predicate<String> usersHashes) {
        this.usersHashes = usersHashes;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || !usersHashes.test(encodedPassword)) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String pair = digest(encodedPassword, rawPassword);
        Instant now = clock.instant();
        Instant until = matched.get(pair);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        if (!delegate.matches(rawPassword, encodedPassword)) {
            return false;
        }
        if (matched.size() >= CAPACITY) {
            forgetExpired(now);
        }
        matched.put(pair, now.plus(REMEMBER_FOR));
        return true;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    /** How many pairs are remembered now (for tests). */
    int remembered() {
        return matched.size();
    }

    private void forgetExpired(Instant now) {
        for (Iterator<Instant> until = matched.values().iterator(); until.hasNext(); ) {
            if (!now.isBefore(until.next())) {
                until.remove();
            }
        }
        if (matched.size() >= CAPACITY) {
            matched.clear();
        }
    }

    private String digest(String encodedPassword, CharSequence rawPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }
}
