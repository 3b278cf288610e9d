package org.mandateledger.api;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** {@link BriefNarrativeTest} on PostgreSQL. */
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = OnPostgres.class)
class BriefNarrativeOnPostgresTest extends BriefNarrativeTest {
}
