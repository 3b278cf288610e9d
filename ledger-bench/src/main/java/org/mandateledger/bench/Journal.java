package org.mandateledger.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What a run has done, step by step, so a run stopped anywhere resumes where it was: each step's key
 * ({@code story/cycle/step}) and what it gave (an id the ledger answered, or a value chosen before
 * sending, such as a meeting's start). A step found here is not sent again; a step sent but not yet
 * written here when the run stopped is sent again with the same {@code Idempotency-Key}, and the
 * ledger answers it as it did the first time without recording it twice.
 */
final class Journal implements AutoCloseable {

    private final Map<String, String> done = new ConcurrentHashMap<>();
    private final BufferedWriter out;

    private Journal(BufferedWriter out) {
        this.out = out;
    }

    static Journal open(Path file) throws IOException {
        Journal journal;
        if (Files.exists(file)) {
            Map<String, String> lines = new ConcurrentHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    lines.put(line.substring(0, space), line.substring(space + 1));
                }
            }
            journal = new Journal(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND));
            journal.done.putAll(lines);
        } else {
            journal = new Journal(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW));
        }
        return journal;
    }

    int size() {
        return done.size();
    }

    /** How many steps kept this value (e.g. briefs that came too late). */
    long count(String value) {
        return done.values().stream().filter(value::equals).count();
    }

    String get(String key) {
        return done.get(key);
    }

    /** The step's value: from the journal if it was done, else done now and written down. */
    String step(String key, Supplier<String> action) {
        String value = done.get(key);
        if (value != null) {
            return value;
        }
        value = action.get();
        if (value == null || value.isEmpty() || value.contains("\n")) {
            throw new IllegalStateException("step " + key + " gave no value to keep");
        }
        synchronized (this) {
            try {
                out.write(key + " " + value + "\n");
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        done.put(key, value);
        return value;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
