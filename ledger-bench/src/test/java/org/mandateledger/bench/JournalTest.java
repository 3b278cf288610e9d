package org.mandateledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run resumes where it stopped: a step written down is never done again, in this run or the next. */
class JournalTest {

    @Test
    void a_step_done_before_is_answered_from_the_journal_not_done_again(@TempDir Path folder) throws Exception {
        AtomicInteger sent = new AtomicInteger();
        try (Journal journal = Journal.open(folder.resolve("journal.log"))) {
            assertThat(journal.step("3/1/7", () -> "id-" + sent.incrementAndGet())).isEqualTo("id-1");
            assertThat(journal.step("3/1/7", () -> "id-" + sent.incrementAndGet())).isEqualTo("id-1");
        }
        try (Journal resumed = Journal.open(folder.resolve("journal.log"))) {
            assertThat(resumed.step("3/1/7", () -> "id-" + sent.incrementAndGet())).isEqualTo("id-1");
            assertThat(resumed.step("3/1/8", () -> "id-" + sent.incrementAndGet())).isEqualTo("id-2");
            assertThat(resumed.size()).isEqualTo(2);
        }
        assertThat(sent).hasValue(2);
    }
}
