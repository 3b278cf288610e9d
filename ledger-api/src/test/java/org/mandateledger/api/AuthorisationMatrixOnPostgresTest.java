package org.mandateledger.api;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** {@link AuthorisationMatrixTest} on PostgreSQL. */
@Tag(DatabaseReport.POSTGRESQL)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = OnPostgres.class)
class AuthorisationMatrixOnPostgresTest extends AuthorisationMatrixTest {
}
