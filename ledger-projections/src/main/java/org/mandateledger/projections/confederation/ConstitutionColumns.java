package org.mandateledger.projections.confederation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Map;
import org.mandateledger.authority.AuthorityLevel;
import org.mandateledger.authority.Threshold;
import org.mandateledger.confederation.api.Constitution;

/** A constitution flattened into columns, portable across databases. */
@Embeddable
class ConstitutionColumns {

    @Column(precision = 12, scale = 10, nullable = false)
    BigDecimal representPractices;
    @Column(precision = 12, scale = 10, nullable = false)
    BigDecimal representPatients;
    @Column(precision = 12, scale = 10, nullable = false)
    BigDecimal negotiatePractices;
    @Column(precision = 12, scale = 10, nullable = false)
    BigDecimal negotiatePatients;
    @Column(precision = 12, scale = 10, nullable = false)
    BigDecimal agreePractices;
    @Column(precision = 12, scale = 10, nullable = false)
    BigDecimal agreePatients;
    @Column(precision = 12, scale = 10, nullable = false)
    BigDecimal adoptionPractices;
    @Column(precision = 12, scale = 10, nullable = false)
    BigDecimal adoptionPatients;
    int feedbackDueDays;

    protected ConstitutionColumns() {
    }

    ConstitutionColumns(Constitution c) {
        representPractices = c.thresholdFor(AuthorityLevel.REPRESENT).practices();
        representPatients = c.thresholdFor(AuthorityLevel.REPRESENT).patients();
        negotiatePractices = c.thresholdFor(AuthorityLevel.NEGOTIATE).practices();
        negotiatePatients = c.thresholdFor(AuthorityLevel.NEGOTIATE).patients();
        agreePractices = c.thresholdFor(AuthorityLevel.AGREE).practices();
        agreePatients = c.thresholdFor(AuthorityLevel.AGREE).patients();
        adoptionPractices = c.adoption().practices();
        adoptionPatients = c.adoption().patients();
        feedbackDueDays = c.feedbackDueDays();
    }

    Constitution constitution() {
        return new Constitution(Map.of(
                AuthorityLevel.REPRESENT, new Threshold(representPractices, representPatients),
                AuthorityLevel.NEGOTIATE, new Threshold(negotiatePractices, negotiatePatients),
                AuthorityLevel.AGREE, new Threshold(agreePractices, agreePatients)),
                new Threshold(adoptionPractices, adoptionPatients), feedbackDueDays);
    }
}
