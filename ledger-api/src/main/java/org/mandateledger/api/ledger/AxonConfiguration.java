package org.mandateledger.api.ledger;

import java.util.Map;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.EventTrackerStatusChangeListener;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.springboot.TokenStoreProperties;
import org.mandateledger.appointment.Appointment;
import org.mandateledger.brief.BriefingRecord;
import org.mandateledger.brief.EventStoreBriefingRecord;
import org.mandateledger.confederation.Confederation;
import org.mandateledger.confederation.EventStoreConfederationStanding;
import org.mandateledger.confederation.EventStoreMemberRoll;
import org.mandateledger.confederation.api.ConfederationStanding;
import org.mandateledger.confederation.api.MemberRoll;
import org.mandateledger.forum.Forum;
import org.mandateledger.issue.Issue;
import org.mandateledger.ledger.ExistingAggregates;
import org.mandateledger.meeting.Meeting;
import org.mandateledger.organisation.Organisation;
import org.mandateledger.person.Person;
import org.mandateledger.projections.LedgerProcessor;
import org.mandateledger.topic.Topic;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

/**
 * Registers the core aggregates with Axon (core carries no Spring annotations) and the resources
 * their command handlers are given.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    @Bean
    ConfigurerModule ledgerAggregates() {
        return configurer -> configurer
                .configureAggregate(Organisation.class)
                .configureAggregate(Topic.class)
                .configureAggregate(Forum.class)
                .configureAggregate(Person.class)
                .configureAggregate(Meeting.class)
                .configureAggregate(Confederation.class)
                .configureAggregate(Issue.class)
                .configureAggregate(Appointment.class);
    }

    /**
     * The one processor of every read model (ADR 0004): tracking, one segment, one thread, batches of
     * up to 100 events. Defined here, not by {@code axon.eventhandling.processors.ledger.*}, so that it
     * tells {@link ProcessorMoves} each time its position moves: a request reading its own write wakes
     * as soon as the batch holding it has committed, instead of polling (issue 17). A batch that only
     * fills a gap moves no position; {@link ProjectionProgress} looks again soon in that case.
     */
    @Bean
    ConfigurerModule ledgerProcessor(ProcessorMoves moves) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(
                LedgerProcessor.NAME,
                org.axonframework.config.Configuration::eventStore,
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(100)
                        .andInitialSegmentsCount(1)
                        .andEventTrackerStatusChangeListener(new EventTrackerStatusChangeListener() {
                            @Override
                            public void onEventTrackerStatusChange(Map<Integer, EventTrackerStatus> changed) {
                                moves.moved();
                            }

                            /** A move is a change of position too (Axon tells only of state changes unless asked). */
                            @Override
                            public boolean validatePositions() {
                                return true;
                            }
                        }));
    }

    /**
     * Axon's JPA token store, as its auto-configuration makes it ({@code axon.tokenstore.claim-timeout},
     * 10 s), with the name this node claims segments under: {@code ledger.node-id}, by default Axon's
     * {@code pid@host}. Nodes must have different names: two with one name would both process (ADR 0023).
     */
    @Bean
    TokenStore tokenStore(EntityManagerProvider entityManagers, @Qualifier("serializer") Serializer serializer,
                          TokenStoreProperties settings, @Value("${ledger.node-id:}") String nodeId) {
        JpaTokenStore.Builder tokens = JpaTokenStore.builder().entityManagerProvider(entityManagers).serializer(serializer)
                .claimTimeout(settings.getClaimTimeout());
        if (!nodeId.isBlank()) {
            tokens.nodeId(nodeId);
        }
        return tokens.build();
    }

    @Bean
    MemberRoll memberRoll(EventStore eventStore) {
        return new EventStoreMemberRoll(eventStore);
    }

    /** The confederation's authority and adoption for other aggregates' commands (a brief), read from the event store. */
    @Bean
    ConfederationStanding confederationStanding(EventStore eventStore) {
        return new EventStoreConfederationStanding(eventStore);
    }

    /** What brief-delegate must know of the rest of the ledger, read from the event store in the command's transaction (ADR 0011). */
    @Bean
    BriefingRecord briefingRecord(EventStore eventStore, ConfederationStanding standing) {
        return new EventStoreBriefingRecord(eventStore, standing);
    }

    /**
     * A read model never skips an event: a handler that fails fails its batch, which the processor
     * retries (with back-off) until it succeeds, rather than logging the failure and moving on.
     */
    @Bean
    ConfigurerModule projectionsNeverSkipEvents() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /** Existence is read from the event store, in the command's own transaction: never from a lagging projection. */
    @Bean
    ExistingAggregates existingAggregates(EventStore eventStore) {
        return aggregateIdentifier -> eventStore.lastSequenceNumberFor(aggregateIdentifier).isPresent();
    }

    /**
     * Axon's own tokens stay readable after a replay. A reset stores a {@code ReplayToken}, whose
     * context field is typed {@code Object}; Jackson 3's default validator refuses to resolve any
     * subtype of {@code Object}, so the processor could not read its token back and stopped
     * (AxonFramework#4160, fixed after 4.13.0). Subtypes are resolved only for Axon's own classes.
     */
    @Bean
    Jackson3SerializerCustomizer axonTokensResolvable() {
        PolymorphicTypeValidator axonClassesOnly = BasicPolymorphicTypeValidator.builder().allowIfSubType("org.axonframework.").build();
        return builder -> builder.polymorphicTypeValidator(axonClassesOnly);
    }

    /** Who recorded a fact (their pseudonym) travels as metadata from the command to its events. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(CommandSender.ACTOR);
    }
}
