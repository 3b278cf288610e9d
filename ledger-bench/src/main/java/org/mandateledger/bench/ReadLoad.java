package org.mandateledger.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads at a fixed rate beside a trickle of commands, as a busy morning looks: delegates and ICB
 * tooling asking who may speak and with what coverage, while the secretariats record. Each read is
 * sent at its planned instant whatever the previous ones did (open loop), and its latency is taken
 * from that instant, so a stall shows in the figures rather than slowing the load down.
 */
final class ReadLoad {

    record Latencies(double p50, double p99, double commandsPerSecond, int reads) {
    }

    private ReadLoad() {
    }

    static Latencies run(LedgerClient ledger, Driver driver, List<ConfederationStory> stories, double seconds, int readsPerSecond,
                         PrintStream out) throws InterruptedException {
        ExecutorService readers = Executors.newFixedThreadPool(32);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        SplittableRandom random = new SplittableRandom(7);
        // Only confederations already formed are asked about: who may speak for one not yet recorded is rightly 404.
        List<ConfederationStory> formed = stories.stream().filter(ConfederationStory::formed).toList();
        if (formed.isEmpty()) {
            throw new IllegalStateException("no confederation is formed yet to read about: a larger size is needed");
        }
        AtomicReference<Double> commands = new AtomicReference<>(0.0);
        AtomicReference<RuntimeException> writeFailure = new AtomicReference<>();
        Thread writes = new Thread(() -> {
            try {
                commands.set(driver.forSeconds(2, seconds, "beside reads:", 20).perSecond());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                writeFailure.set(e);
            }
        });
        writes.start();
        long start = System.nanoTime();
        long total = (long) (seconds * readsPerSecond);
        for (long i = 0; i < total; i++) {
            long planned = start + (long) (i * 1e9 / readsPerSecond);
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String slug = formed.get(random.nextInt(formed.size())).slug();
            String topic = ConfederationStory.TOPICS.get(random.nextInt(ConfederationStory.TOPICS.size()));
            String path = random.nextBoolean()
                    ? "/api/v1/speaking-rights?confederation=" + slug + "&topic=" + topic
                    : "/api/v1/confederations/" + slug + "/coverage?topic=" + topic;
            readers.submit(() -> {
                LedgerClient.Answer answer = ledger.ask("bench", "GET", path, null);
                if (answer.status() != 200) {
                    throw new IllegalStateException(path + " answered " + answer.status() + ": " + answer.raw());
                }
                latencies.add((System.nanoTime() - planned) / 1e6);
                return null;
            });
        }
        readers.shutdown();
        readers.awaitTermination(5, TimeUnit.MINUTES);
        writes.join();
        if (writeFailure.get() != null) {
            throw writeFailure.get();
        }
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.size() < total) {
            throw new IllegalStateException((total - sorted.size()) + " of " + total + " reads failed");
        }
        Latencies result = new Latencies(percentile(sorted, 0.50), percentile(sorted, 0.99), commands.get(), sorted.size());
        out.printf(Locale.ROOT, "reads at %d/s beside %.1f commands/s: p50 %.1f ms, p99 %.1f ms (%d reads)%n", readsPerSecond, result.commandsPerSecond(),
                result.p50(), result.p99(), result.reads());
        return result;
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
