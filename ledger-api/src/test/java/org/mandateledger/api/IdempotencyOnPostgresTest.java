package org.mandateledger.api;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** {@link IdempotencyTest} on PostgreSQL. */
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = OnPostgres.class)
class IdempotencyOnPostgresTest extends IdempotencyTest {
}
