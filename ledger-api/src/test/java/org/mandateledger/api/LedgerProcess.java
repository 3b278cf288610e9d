package org.mandateledger.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged service ({@code java -jar} of the repackaged jar) run as a separate OS process, as an
 * operator runs it: on a loopback address and a free port, its output in a log file. {@link #kill9()}
 * ends it with SIGKILL; {@link #close()} ends it whatever happened, so no test leaves one behind.
 */
final class LedgerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    /** On Linux, a process ended by signal n exits with 128 + n: 137 is SIGKILL. */
    static final int KILLED_BY_SIGKILL = 128 + 9;

    private final Process process;
    private final int port;
    private final Path log;

    private LedgerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * The repackaged jar: {@code ledger.crash.jar} (set by the failsafe plugin), else the one in
     * {@code target/} of the working directory.
     */
    static Path jar() throws IOException {
        String configured = System.getProperty("ledger.crash.jar");
        if (configured != null) {
            return Path.of(configured);
        }
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("ledger-api-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no ledger-api jar in target/: run ./mvnw -DskipTests package first"));
        }
    }

    /** Starts the service on {@code dataDir} and waits until it answers its health check UP. */
    static LedgerProcess start(Path jar, Path dataDir, Path usersFile, Path log, List<String> extraArgs) throws IOException {
        int port = freeLoopbackPort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString(),
                "--server.address=127.0.0.1", "--server.port=" + port, "--ledger.data-dir=" + dataDir,
                "--ledger.security.users-file=" + usersFile, "--ledger.rate-limit.per-second=0"));
        command.addAll(extraArgs);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // The child runs the embedded default whatever the environment of the build says.
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("LEDGER_")
                || name.startsWith("SERVER_"));
        LedgerProcess started = new LedgerProcess(builder.start(), port, log);
        try {
            started.awaitHealthy();
        } catch (RuntimeException | Error e) {
            started.close();
            throw e;
        }
        return started;
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    LedgerHttp http() {
        return new LedgerHttp(port, LedgerTestUsers.PASSWORDS);
    }

    /**
     * SIGKILL: no shutdown hook, no graceful close of the database. On Linux,
     * {@code Process.destroyForcibly} sends SIGKILL; the exit code (137 = 128 + 9) is returned so the
     * caller can check that it did.
     */
    int kill9() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("process " + process.pid() + " still alive 30 s after SIGKILL");
        }
        return process.exitValue();
    }

    /** Ends the process if it still runs: SIGTERM, then SIGKILL after 20 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + " while starting:\n" + tail());
            }
            try {
                HttpResponse<String> answer = client.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new IllegalStateException("the service was not UP within " + START_TIMEOUT.toSeconds() + " s:\n" + tail());
    }

    /** The last lines of the process's output, for a failure message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
