package org.mandateledger.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The test report names how many tests ran on each database: a test tagged {@value #POSTGRESQL}
 * (its class or its method) ran on the embedded PostgreSQL server ({@link TestPostgres}), every other
 * one on the embedded H2 default or on no database at all. Printed when a run ends and appended to
 * {@code target/test-databases.txt} (the unit tests and the integration tests are two runs).
 * {@code DatabaseReportTest} holds every test source that uses {@link TestPostgres} to carry the tag.
 */
public final class DatabaseReport implements TestExecutionListener {

    static final String POSTGRESQL = "postgresql";

    private final Map<String, Map<String, AtomicInteger>> outcomes = new ConcurrentHashMap<>();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            return;
        }
        String database = test.getTags().contains(TestTag.create(POSTGRESQL)) ? "PostgreSQL" : "embedded H2 or none";
        outcomes.computeIfAbsent(database, d -> new ConcurrentHashMap<>())
                .computeIfAbsent(result.getStatus().name().toLowerCase(java.util.Locale.ROOT), s -> new AtomicInteger())
                .incrementAndGet();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (outcomes.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder("Tests by database:");
        new TreeMap<>(outcomes).forEach((database, counts) -> {
            int all = counts.values().stream().mapToInt(AtomicInteger::get).sum();
            line.append(' ').append(database).append(' ').append(all).append(" (").append(new TreeMap<>(counts)).append(");");
        });
        System.out.println(line);
        try {
            Path report = Path.of("target", "test-databases.txt");
            Files.createDirectories(report.getParent());
            Files.writeString(report, line + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
