package org.mandateledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class PasswordHashCommandTest {

    @Test
    void it_prints_a_bcrypt_hash_of_the_first_line_of_standard_input() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PasswordHashCommand.run(new StringReader("correct horse battery\nignored\n"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String hash = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(status).isZero();
        assertThat(hash).matches("\\{bcrypt}\\$2a\\$10\\$[./0-9A-Za-z]{53}");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("correct horse battery", hash))
                .isTrue();
    }

    @Test
    void it_refuses_an_empty_password() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = PasswordHashCommand.run(new StringReader(""), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(1);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No password given");
    }
}
