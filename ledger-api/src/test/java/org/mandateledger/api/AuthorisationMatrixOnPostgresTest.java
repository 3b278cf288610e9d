package org.mandateledger.api;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** {@link AuthorisationMatrixTest} on PostgreSQL. */
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = OnPostgres.class)
class AuthorisationMatrixOnPostgresTest extends AuthorisationMatrixTest {
}
