package org.mandateledger.api;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Puts the shared service of the HTTP tests ({@link LedgerServiceTest}) on PostgreSQL: with
 * {@code @ActiveProfiles("postgres")} and {@code @ContextConfiguration(initializers = OnPostgres.class)},
 * a test class runs its inherited tests against one database on the embedded server
 * ({@link TestPostgres}), in one context every such class shares. Named {@code *OnPostgresTest}, so
 * the test report says which ran there.
 */
final class OnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String url;

    private static synchronized String url() {
        if (url == null) {
            url = TestPostgres.newDatabase("shared");
        }
        return url;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.datasource.url=" + url(), "spring.datasource.username=postgres", "spring.datasource.password=")
                .applyTo(context);
    }
}
