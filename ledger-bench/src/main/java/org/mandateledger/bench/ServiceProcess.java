package org.mandateledger.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The packaged service as a process of its own, on the embedded H2 file in the work folder. */
final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final long startedNanos;

    private ServiceProcess(Process process, int port, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
    }

    int port() {
        return port;
    }

    /** Starts the service jar with its data in {@code data}, the bench's users, no rate limit, and the heap given. */
    static ServiceProcess start(Path jar, Path data, Path users, Path log, String heap, List<String> settings) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Daxoniq.update-checker.disabled=true", "-jar", jar.toString(),
                "--server.port=" + port, "--ledger.data-dir=" + data, "--ledger.security.users-file=" + users,
                "--ledger.rate-limit.per-second=0"));
        command.addAll(settings);
        Files.createDirectories(log.getParent());
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new ServiceProcess(process, port, started);
    }

    /** Waits until {@code answered} holds (asked every 50 ms); answers the seconds since the process was started. */
    double awaitFirst(BooleanSupplier answered, long timeoutSeconds, Path log) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service stopped while starting (exit " + process.exitValue() + "); see " + log);
            }
            try {
                if (answered.getAsBoolean()) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            LedgerClient.pause(50);
        }
        throw new IllegalStateException("the service did not answer within " + timeoutSeconds + " s; see " + log);
    }

    /** A clean stop (SIGTERM: the service closes its database, compacting it), waited for; answers false if it had to be killed. */
    boolean stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            return false;
        }
        return true;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
