package org.mandateledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.LongSummaryStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic England has England's shape, list sizes shaped by the real files, and is the same for the same seed. */
class SyntheticEnglandTest {

    private static final Path SHAPE = Path.of("../ledger-api/src/main/resources/demo/cheshire-27d/gp-reg-pat-prac-all.csv");

    @Test
    void at_full_scale_it_has_englands_icbs_places_and_practices() throws Exception {
        List<Long> real = SyntheticEngland.listSizes(SHAPE);
        SyntheticEngland england = SyntheticEngland.generate(17, 1.0, real);

        assertThat(england.places()).hasSize(180);
        assertThat(england.places().stream().map(SyntheticEngland.Place::icb).distinct()).hasSize(42);
        assertThat(england.practices()).isBetween(5_600, 7_000);
        LongSummaryStatistics sizes = england.places().stream().flatMap(p -> p.practices().stream())
                .mapToLong(SyntheticEngland.Practice::listSize).summaryStatistics();
        LongSummaryStatistics shape = real.stream().mapToLong(Long::longValue).summaryStatistics();
        assertThat(sizes.getAverage()).as("mean list size against the real files' mean").isBetween(shape.getAverage() * 0.9, shape.getAverage() * 1.1);
        assertThat(sizes.getMax()).isLessThan(shape.getMax() * 2);
    }

    @Test
    void the_same_seed_gives_the_same_england_and_another_seed_another() throws Exception {
        List<Long> real = SyntheticEngland.listSizes(SHAPE);

        assertThat(SyntheticEngland.generate(5, 0.1, real).places()).isEqualTo(SyntheticEngland.generate(5, 0.1, real).places());
        assertThat(SyntheticEngland.generate(5, 0.1, real).places()).isNotEqualTo(SyntheticEngland.generate(6, 0.1, real).places());
    }

    @Test
    void its_files_are_in_the_published_formats_with_one_row_per_practice(@TempDir Path folder) throws Exception {
        SyntheticEngland england = SyntheticEngland.generate(17, 0.05, SyntheticEngland.listSizes(SHAPE));

        england.writeOdsFiles(folder);

        List<String> epraccur = Files.readAllLines(folder.resolve("epraccur.csv"));
        assertThat(epraccur).hasSize(england.practices());
        String[] first = epraccur.get(0).substring(1, epraccur.get(0).length() - 1).split("\",\"", -1);
        assertThat(first).hasSize(27);
        assertThat(first[12]).as("status").isEqualTo("A");
        assertThat(first[25]).as("prescribing setting: a GP practice").isEqualTo("4");
        assertThat(Files.readAllLines(folder.resolve("epcn-core-partners.csv"))).hasSize(england.practices() + 1);
        assertThat(SyntheticEngland.listSizes(folder.resolve("gp-reg-pat-prac-all.csv"))).hasSize(england.practices());
    }
}
