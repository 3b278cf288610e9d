package org.mandateledger.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Runs the confederations' stories on {@code clients} concurrent clients until a condition holds:
 * each client takes the next confederation, forms it or runs its next cycle, and puts it back. Shows
 * progress as it goes (a bar on a terminal, a line every ten seconds otherwise) and answers the
 * commands per second in each ten-second window, so a figure comes with its spread.
 */
final class Driver {

    /** What a drive did: commands sent, seconds taken, and commands/s per ten-second window. */
    record Drive(long commands, double seconds, List<Double> windows) {

        double perSecond() {
            return seconds == 0 ? 0 : commands / seconds;
        }
    }

    private final LinkedBlockingQueue<ConfederationStory> stories;
    private final LedgerClient ledger;
    private final AtomicLong commands;
    private final PrintStream progress;

    Driver(List<ConfederationStory> stories, LedgerClient ledger, AtomicLong commands, PrintStream progress) {
        this.stories = new LinkedBlockingQueue<>(stories);
        this.ledger = ledger;
        this.commands = commands;
        this.progress = progress;
    }

    /** Drives until the ledger's position reaches {@code events}. */
    Drive untilEvents(int clients, long events, String label) throws InterruptedException {
        return drive(clients, () -> ledger.highestPosition() >= events, label, events);
    }

    /** Drives for {@code seconds}. */
    Drive forSeconds(int clients, double seconds, String label) throws InterruptedException {
        return forSeconds(clients, seconds, label, 0);
    }

    /** Drives for {@code seconds}, at most {@code perSecond} commands a second if it is above 0 (paced after each step). */
    Drive forSeconds(int clients, double seconds, String label, double perSecond) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        return drive(clients, () -> System.nanoTime() >= deadline, label, 0, perSecond);
    }

    private Drive drive(int clients, BooleanSupplier done, String label, long target) throws InterruptedException {
        return drive(clients, done, label, target, 0);
    }

    private Drive drive(int clients, BooleanSupplier done, String label, long target, double pace) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        long startCommands = commands.get();
        long startPosition = ledger.highestPosition();
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (!stop.get() && !done.getAsBoolean() && failure.get() == null) {
                    ConfederationStory story;
                    try {
                        story = stories.take();
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        story.advance();
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        stories.add(story);
                    }
                    if (pace > 0) {
                        long due = started + (long) ((commands.get() - startCommands) / pace * 1e9);
                        long early = due - System.nanoTime();
                        if (early > 0) {
                            LedgerClient.pause(Math.min(early / 1_000_000, 2_000));
                        }
                    }
                }
            }, "bench-client-" + c);
            threads.add(thread);
            thread.start();
        }
        List<Double> windows = new ArrayList<>();
        boolean terminal = System.console() != null;
        long windowStart = System.nanoTime();
        long windowCommands = commands.get();
        long lastLine = 0;
        while (threads.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(200);
            long now = System.nanoTime();
            if (now - windowStart >= 10_000_000_000L) {
                windows.add((commands.get() - windowCommands) / ((now - windowStart) / 1e9));
                windowStart = now;
                windowCommands = commands.get();
            }
            if (terminal || now - lastLine >= 10_000_000_000L) {
                lastLine = now;
                progress.print(line(label, target, started, startCommands, startPosition, terminal));
            }
            if (failure.get() != null) {
                stop.set(true);
            }
        }
        progress.print(line(label, target, started, startCommands, startPosition, terminal) + (terminal ? "\n" : ""));
        if (failure.get() != null) {
            throw failure.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Drive(commands.get() - startCommands, seconds, windows);
    }

    private String line(String label, long target, long started, long startCommands, long startPosition, boolean terminal) {
        double seconds = (System.nanoTime() - started) / 1e9;
        long sent = commands.get() - startCommands;
        double rate = seconds > 0 ? sent / seconds : 0;
        long position = ledger.highestPosition();
        String bar = "";
        String eta = "";
        if (target > 0) {
            double done = Math.min(1.0, (double) position / target);
            int filled = (int) Math.round(done * 30);
            bar = "[" + "#".repeat(filled) + ".".repeat(30 - filled) + "] ";
            double eventsPerSecond = seconds > 0 ? (position - startPosition) / seconds : 0;
            eta = eventsPerSecond > 0 && position < target ? String.format(Locale.ROOT, " ETA %.0f s", (target - position) / eventsPerSecond) : "";
        }
        return String.format(Locale.ROOT, "%s%s%s%,d events, %,d commands in %.0f s (%.1f/s)%s%s", terminal ? "\r" : "", label + " ", bar, position, sent,
                seconds, rate, eta, terminal ? "   " : "\n");
    }
}
