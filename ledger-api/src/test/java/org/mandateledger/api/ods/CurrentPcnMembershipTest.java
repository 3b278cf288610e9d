package org.mandateledger.api.ods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mandateledger.api.ods.OdsTestFiles.cheshire;
import static org.mandateledger.api.ods.OdsTestFiles.cheshireLines;
import static org.mandateledger.api.ods.OdsTestFiles.readAll;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CurrentPcnMembershipTest {

    /** The ePCN extract is from about October 2024. */
    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

    @Test
    void finds_79_current_relationships_in_cheshire() throws IOException {
        CurrentPcnMembership membership = CurrentPcnMembership.read(cheshire("epcn-core-partners.csv"), AS_OF);

        // Dates never contain commas, so the end date is the second-last comma-separated field of a raw line.
        Set<String> expected = cheshireLines("epcn-core-partners.csv").stream().skip(1)
                .map(line -> line.split(",", -1))
                .filter(fields -> fields[fields.length - 2].isEmpty())
                .map(fields -> fields[0]).collect(Collectors.toSet());
        assertThat(membership.byPractice()).hasSize(79).containsOnlyKeys(expected);
        assertThat(membership.byPractice()).doesNotContainKeys("N81023", "N81026", "N81042", "N81091");
    }

    @Test
    void current_practices_are_exactly_the_active_gp_practices_of_epraccur() throws IOException {
        Set<String> activePractices = readAll(EpraccurReader::read, cheshire("epraccur.csv")).stream()
                .filter(EpraccurRow::isActiveGpPractice).map(EpraccurRow::code).collect(Collectors.toSet());

        CurrentPcnMembership membership = CurrentPcnMembership.read(cheshire("epcn-core-partners.csv"), AS_OF);

        assertThat(membership.byPractice().keySet()).isEqualTo(activePractices);
    }

    @Test
    void finds_the_18_cheshire_pcns_of_the_pcn_details_sheet() throws IOException {
        CurrentPcnMembership membership = CurrentPcnMembership.read(cheshire("epcn-core-partners.csv"), AS_OF);

        // The PCN code is the first field of the "PCNDetails" sheet and has no commas before it.
        List<String> detailCodes = cheshireLines("epcn-pcn-details.csv").stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).sorted().collect(Collectors.toList());
        assertThat(membership.pcns()).hasSize(18);
        assertThat(membership.pcns().keySet()).containsExactlyElementsOf(detailCodes);
        assertThat(membership.pcns()).containsEntry("U31094", "CHAW (CHELFORD, HANDFORTH, ALDERLEY EDGE, WILMSLOW) PCN")
                .containsEntry("U06000", "KNUTSFORD PCN");
    }

    @Test
    void picks_the_latest_started_of_several_current_relationships() {
        CurrentPcnMembership membership = new CurrentPcnMembership(LocalDate.of(2024, 6, 1));
        membership.accept(relationship("N81001", "U00002", "NEWER PCN", "20230401", ""));
        membership.accept(relationship("N81001", "U00001", "OLDER PCN", "20191001", ""));

        assertThat(membership.byPractice().get("N81001").pcnCode()).isEqualTo("U00002");
        assertThat(membership.pcns()).containsOnlyKeys("U00002");
    }

    @Test
    void a_relationship_is_current_from_its_start_to_its_end_inclusive() {
        PcnRelationship relationship = relationship("N81001", "U00001", "A PCN", "20191001", "20210630");

        assertThat(relationship.isCurrentOn(LocalDate.of(2019, 9, 30))).isFalse();
        assertThat(relationship.isCurrentOn(LocalDate.of(2019, 10, 1))).isTrue();
        assertThat(relationship.isCurrentOn(LocalDate.of(2021, 6, 30))).isTrue();
        assertThat(relationship.isCurrentOn(LocalDate.of(2021, 7, 1))).isFalse();
    }

    @Test
    void a_relationship_starting_after_as_of_is_not_yet_current() {
        CurrentPcnMembership membership = new CurrentPcnMembership(LocalDate.of(2024, 6, 1));
        membership.accept(relationship("N81001", "U00001", "NOW PCN", "20191001", ""));
        membership.accept(relationship("N81001", "U00002", "FUTURE PCN", "20250401", ""));
        membership.accept(relationship("N81002", "U00003", "ENDED PCN", "20191001", "20210630"));

        assertThat(membership.byPractice()).containsOnlyKeys("N81001");
        assertThat(membership.byPractice().get("N81001").pcnCode()).isEqualTo("U00001");
        assertThat(membership.pcns()).containsOnlyKeys("U00001");
    }

    private static PcnRelationship relationship(String practice, String pcn, String pcnName, String start, String end) {
        return new PcnRelationship(practice, "SURGERY", pcn, pcnName, OdsDates.parseCompact(start).orElseThrow(),
                end.isEmpty() ? null : OdsDates.parseCompact(end).orElseThrow());
    }
}
