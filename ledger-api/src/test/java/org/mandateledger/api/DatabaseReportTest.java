package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The report of tests by database counts right only if every test on PostgreSQL says so with its tag. */
class DatabaseReportTest {

    /** The tag on the class: followed by the class's other annotations, if any, and its declaration. */
    private static final Pattern CLASS_TAG = Pattern.compile(
            "^@Tag\\(DatabaseReport\\.POSTGRESQL\\)\\n(@[^\\n]*\\n)*(public |abstract |final )*class ", Pattern.MULTILINE);

    @Test
    void every_test_that_takes_a_postgresql_database_is_tagged_so() throws IOException {
        Path sources = Path.of("src/test/java");
        List<Path> onPostgres;
        try (Stream<Path> files = Files.walk(sources)) {
            onPostgres = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !List.of("TestPostgres.java", "OnPostgres.java", "DatabaseReport.java", "DatabaseReportTest.java").contains(file.getFileName().toString()))
                    .filter(file -> read(file).contains("TestPostgres.") || read(file).contains("OnPostgres.class"))
                    .toList();
        }
        assertThat(onPostgres).as("test sources on PostgreSQL").hasSizeGreaterThanOrEqualTo(10);
        for (Path file : onPostgres) {
            String source = read(file);
            long tags = source.lines().filter(line -> line.strip().equals("@Tag(DatabaseReport.POSTGRESQL)")).count();
            long takers = source.lines().filter(line -> line.contains("TestPostgres.newDatabase(") || line.contains("TestPostgres.start(")
                    || line.contains("OnPostgres.class")).count();
            assertThat(tags).as("%s takes PostgreSQL databases but carries no @Tag(DatabaseReport.POSTGRESQL)", file).isPositive();
            if (!CLASS_TAG.matcher(source).find()) {
                // Tagged method by method: each method that takes a database carries the tag.
                assertThat(tags).as("%s: tagged methods against methods taking a database", file).isGreaterThanOrEqualTo(takers);
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
