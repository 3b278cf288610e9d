package org.mandateledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A password that matched its bcrypt hash is not checked again for ten minutes; a wrong one always is. */
class RememberedPasswordsTest {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final AtomicInteger checks = new AtomicInteger();
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private Instant now = Instant.parse("2026-12-07T09:00:00Z");
    private final RememberedPasswords passwords = new RememberedPasswords(counting, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });
    private final String hash = bcrypt.encode("correct horse");

    {
        passwords.rememberFor(candidate -> true);
    }

    @Test
    void a_matching_password_is_checked_once_and_then_remembered_for_ten_minutes() {
        assertThat(passwords.matches("correct horse", hash)).isTrue();
        assertThat(passwords.matches("correct horse", hash)).isTrue();
        assertThat(checks).as("bcrypt checks").hasValue(1);

        now = now.plus(RememberedPasswords.REMEMBER_FOR).minusSeconds(1);
        assertThat(passwords.matches("correct horse", hash)).isTrue();
        assertThat(checks).hasValue(1);
        now = now.plusSeconds(1);
        assertThat(passwords.matches("correct horse", hash)).as("checked again once ten minutes have passed").isTrue();
        assertThat(checks).hasValue(2);
    }

    @Test
    void a_wrong_password_is_checked_in_full_every_time_and_never_remembered() {
        passwords.matches("correct horse", hash);
        for (int i = 0; i < 3; i++) {
            assertThat(passwords.matches("correct horsf", hash)).isFalse();
        }
        assertThat(checks).as("one for the right password, three for the wrong one").hasValue(4);
        assertThat(passwords.remembered()).isEqualTo(1);
    }

    @Test
    void a_changed_hash_matches_nothing_remembered_for_the_old_one() {
        passwords.matches("correct horse", hash);
        String changed = bcrypt.encode("battery staple");
        assertThat(passwords.matches("correct horse", changed)).as("the old password against the new hash").isFalse();
        assertThat(passwords.matches("battery staple", changed)).isTrue();
        assertThat(checks).hasValue(3);
    }

    @Test
    void no_password_is_kept_only_a_keyed_digest_and_the_store_is_bounded() throws Exception {
        passwords.matches("correct horse", hash);
        var field = RememberedPasswords.class.getDeclaredField("matched");
        field.setAccessible(true);
        assertThat(field.get(passwords).toString()).doesNotContain("correct horse").doesNotContain(hash);

        String cheap = new BCryptPasswordEncoder(4).encode("p");
        // Past its capacity it forgets rather than grows.
        RememberedPasswords quick = new RememberedPasswords(new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return raw.toString();
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return true;
            }
        }, Clock.fixed(now, ZoneOffset.UTC));
        quick.rememberFor(candidate -> true);
        for (int i = 0; i < RememberedPasswords.CAPACITY + 5; i++) {
            quick.matches("p" + i, cheap);
        }
        assertThat(quick.remembered()).isLessThanOrEqualTo(RememberedPasswords.CAPACITY);
    }

    @Test
    void only_users_hashes_are_remembered_never_the_decoy_checked_for_an_unknown_user() {
        // For an unknown user name Spring checks the password against a decoy hash; were a match with it remembered, a
        // known name (a full bcrypt check) could be told from an unknown one (remembered: instant) by time.
        String decoy = bcrypt.encode("userNotFoundPassword");
        passwords.rememberFor(hash::equals);
        assertThat(passwords.matches("userNotFoundPassword", decoy)).isTrue();
        assertThat(passwords.matches("userNotFoundPassword", decoy)).isTrue();
        assertThat(checks).as("the decoy is checked in full every time").hasValue(2);
        passwords.matches("correct horse", hash);
        passwords.matches("correct horse", hash);
        assertThat(checks).hasValue(3);

        RememberedPasswords untold = new RememberedPasswords(counting, Clock.systemUTC());
        untold.matches("correct horse", hash);
        untold.matches("correct horse", hash);
        assertThat(checks).as("nothing is remembered until the users' hashes are known").hasValue(5);
    }
}
