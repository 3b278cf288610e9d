package org.mandateledger.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mandateledger.client.ApiClient;
import org.mandateledger.client.ApiException;
import org.mandateledger.client.ApiResponse;
import org.mandateledger.client.api.ConfederationsApi;
import org.mandateledger.client.api.CoverageApi;
import org.mandateledger.client.api.EventFeedApi;
import org.mandateledger.client.api.IssuesApi;
import org.mandateledger.client.api.MandatesApi;
import org.mandateledger.client.api.OpenDataApi;
import org.mandateledger.client.api.OrganisationsApi;
import org.mandateledger.client.api.TopicsApi;
import org.mandateledger.client.model.ConfederationRequest;
import org.mandateledger.client.model.ConstitutionRequest;
import org.mandateledger.client.model.CoverageView;
import org.mandateledger.client.model.Feed;
import org.mandateledger.client.model.FeedEvent;
import org.mandateledger.client.model.GrantRequest;
import org.mandateledger.client.model.ImportAnswer;
import org.mandateledger.client.model.IssueAnswer;
import org.mandateledger.client.model.IssueRequest;
import org.mandateledger.client.model.MandateView;
import org.mandateledger.client.model.Popolo;
import org.mandateledger.client.model.PopoloOrganization;
import org.mandateledger.client.model.Problem;
import org.mandateledger.client.model.ShareRequest;
import org.mandateledger.client.model.TopicRequest;

/**
 * The contract as an integrator meets it (issue 15): a Java client generated at build time from the
 * committed docs/openapi.json by openapi-generator (generator {@code java}, library {@code native}, no
 * type or name mappings) imports the Cheshire files, forms a confederation, grants, reads its own
 * write's coverage with {@code Ledger-Min-Position}, raises an issue, reads the event feed and parses a
 * payload, reads the open data, and reads a refusal as the {@code Problem} it is documented as.
 */
class ContractClientTest extends LedgerServiceTest {

    @Test
    void a_client_generated_from_the_contract_records_and_reads_a_confederation_through_it() throws Exception {
        ApiClient client = new ApiClient().setScheme("http").setHost("localhost").setPort(port).setBasePath("");
        client.setRequestInterceptor(request -> request.header("Authorization", PageClient.basic("registrar")));

        Path dir = Files.createTempDirectory("contract-client-");
        Map<String, byte[]> files = CheshireFiles.importFiles();
        ImportAnswer imported = new OrganisationsApi(client).importOrganisations(null, write(dir, "epcn", files),
                write(dir, "epraccur", files), write(dir, "listSizes", files));
        assertThat(imported.getRegistered() + imported.getUpdated() + imported.getUnchanged()).isGreaterThanOrEqualTo(79);

        String slug = "contract-" + UUID.randomUUID().toString().substring(0, 8);
        new TopicsApi(client).defineTopic("contract-access", new TopicRequest().title("Access (contract client)"), null);
        ShareRequest half = new ShareRequest().practices(new BigDecimal("0.5")).patients(new BigDecimal("0.5"));
        new ConfederationsApi(client).recordConfederation(slug, new ConfederationRequest().name("Contract client").place("Cheshire East")
                .constitution(new ConstitutionRequest().thresholds(Map.of("REPRESENT", half, "NEGOTIATE", half, "AGREE", half))
                        .adoption(half).feedbackDueDays(7)), null);
        new ConfederationsApi(client).admitMember(slug, "N81002", null);

        ApiResponse<MandateView> granted = new MandatesApi(client).grantMandateWithHttpInfo(slug, new GrantRequest().grantor("N81002")
                .topics(List.of("*")).ceiling(GrantRequest.CeilingEnum.AGREE).validFrom(LocalDate.now()), "contract-" + UUID.randomUUID());
        assertThat(granted.getStatusCode()).isEqualTo(201);
        assertThat(granted.getData().getGrantor()).isEqualTo("N81002");
        long position = Long.parseLong(header(granted, "Ledger-Position"));

        CoverageView coverage = new CoverageApi(client).getCoverage(slug, "contract-access", null, position);
        assertThat(coverage.getAuthority()).as("the one member grants AGREE: both majorities at every level").isEqualTo(CoverageView.AuthorityEnum.AGREE);

        IssueAnswer issue = new IssuesApi(client).raiseIssue(slug, new IssueRequest().title("Same-day access hubs").topic("contract-access")
                .level(IssueRequest.LevelEnum.PLACE).scope(IssueRequest.ScopeEnum.COLLECTIVE).raisedBy("N81002"), null);
        assertThat(issue.getStatus()).isEqualTo(IssueAnswer.StatusEnum.OPEN);

        Feed feed = new EventFeedApi(client).listEvents(position - 1, 50, null);
        FeedEvent grant = feed.getEvents().stream().filter(e -> "MandateGranted".equals(e.getType())).findFirst().orElseThrow();
        assertThat(grant.getPosition()).isEqualTo(position);
        assertThat(grant.getPayload()).as("the payload parses to the event's own fields").isNotEmpty();
        assertThat(grant.getPayload().toString()).contains("N81002").contains("AGREE");
        assertThat(feed.getEvents()).anyMatch(e -> "IssueRaised".equals(e.getType()));

        // Open data parses too: the confederation and its member, by their Popolo ids.
        Popolo popolo = new OpenDataApi(client).getPopolo(slug, null);
        assertThat(popolo.getOrganizations()).extracting(PopoloOrganization::getId).contains("confederation:" + slug, "ods:N81002");

        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new CoverageApi(client).getCoverage("no-such-confederation", "contract-access", null, null));
        assertThat(refused.getCode()).isEqualTo(404);
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getCode()).isEqualTo("UNKNOWN_CONFEDERATION");
        assertThat(problem.getStatus()).isEqualTo(404);
    }

    private static File write(Path dir, String field, Map<String, byte[]> files) throws IOException {
        return Files.write(dir.resolve(field + ".csv"), files.get(field)).toFile();
    }

    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> h.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no " + name + " header"));
    }
}
