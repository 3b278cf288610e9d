package org.mandateledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;

import tools.jackson.databind.json.JsonMapper;

/** Start-up with a bad users file fails; a light context (no web server, no auto-configuration). */
class LedgerSecurityStartupTest {

    @TempDir
    Path dir;

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
            .withUserConfiguration(LedgerSecurityConfiguration.class);

    @Test
    void the_application_does_not_start_when_the_users_file_is_missing() {
        Path missing = dir.resolve("users.yml");
        runner.withPropertyValues("ledger.security.users-file=" + missing, "ledger.data-dir=" + dir.resolve("data"))
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable cause = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
                    assertThat(cause).isInstanceOf(UsersFileException.class)
                            .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
                    FailureAnalysis analysis = new UsersFileFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).isEqualTo(cause.getMessage());
                    assertThat(analysis.getAction()).contains("ledger.security.users-file");
                });
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void without_a_users_file_the_bootstrap_admin_is_created_under_ledger_data_dir() {
        runner.withPropertyValues("ledger.data-dir=" + dir.resolve("data"))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(LedgerUserDirectory.class).users())
                            .containsExactlyInAnyOrder(new LedgerUser("chair", Role.CHAIR, "*", null, null),
                                    new LedgerUser("admin", Role.ADMIN, "*", null, null));
                    assertThat(dir.resolve("data/bootstrap-admin.json")).exists();
                });
    }
}
