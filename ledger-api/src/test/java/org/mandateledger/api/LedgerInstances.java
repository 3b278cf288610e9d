package org.mandateledger.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.mandateledger.LedgerApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Services of a test's own, on a data folder it chooses (beside the shared one), and requests sent to them together. */
final class LedgerInstances {

    private LedgerInstances() {
    }

    /** Starts the service on a free port with the test users of {@code dir}, its data in {@code dir/data}, and these settings too. */
    static ConfigurableApplicationContext start(Path dir, String... settings) {
        String[] arguments = Stream.concat(Stream.of("--server.port=0", "--ledger.data-dir=" + dir.resolve("data"),
                "--ledger.security.users-file=" + dir.resolve("users.json")), Stream.of(settings)).toArray(String[]::new);
        return new SpringApplicationBuilder(LedgerApplication.class).run(arguments);
    }

    /** Works on the H2 file of {@code dir}'s data folder with H2's own driver alone, as someone with the file could while no service runs on it. */
    static void whileStopped(Path dir, Consumer<JdbcTemplate> work) {
        SingleConnectionDataSource file = new SingleConnectionDataSource("jdbc:h2:file:" + dir.resolve("data").resolve("ledger"), "ledger", "", true);
        try {
            work.accept(new JdbcTemplate(file));
        } finally {
            file.destroy();
        }
    }

    static LedgerHttp client(ConfigurableApplicationContext ledger) {
        return new LedgerHttp(Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port")), LedgerTestUsers.PASSWORDS);
    }

    /** Sends every request at once, one thread each, and answers in the order given (at most 60 s). */
    static List<LedgerHttp.Answer> together(List<Callable<LedgerHttp.Answer>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<LedgerHttp.Answer> answers = new ArrayList<>();
            for (Future<LedgerHttp.Answer> future : pool.invokeAll(requests, 60, TimeUnit.SECONDS)) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
