package io.dyad.command.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.dyad.api.command.RelationshipCommand;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ValidatorFactory;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;

import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon wiring for the Relationship aggregate: snapshots, a cache, command validation and
 * refusals, command counts, and a gateway that retries lost append races.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommandProperties.class)
class CommandSideConfiguration {

	private static final String RELATIONSHIP_CACHE = "relationships";

	@Bean
	SnapshotTriggerDefinition relationshipSnapshotTrigger(Snapshotter snapshotter, CommandProperties properties) {
		return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
	}

	/**
	 * Axon's snapshotter as its auto-configuration builds it, but taking snapshots on a
	 * thread of its own: a snapshot re-reads the relationship from the store and writes
	 * all of its state, which would otherwise hold up the command that triggered it. The
	 * queue needs no bound, because a relationship has at most one snapshot scheduled at
	 * a time.
	 */
	@Bean
	SpringAggregateSnapshotter aggregateSnapshotter(org.axonframework.config.Configuration configuration,
			HandlerDefinition handlerDefinition, ParameterResolverFactory parameterResolverFactory,
			EventStore eventStore, TransactionManager transactionManager, SnapshotterSpanFactory spanFactory,
			SnapshotThread snapshotThread) {
		return SpringAggregateSnapshotter.builder()
			.repositoryProvider(configuration::repository)
			.transactionManager(transactionManager)
			.eventStore(eventStore)
			.parameterResolverFactory(parameterResolverFactory)
			.handlerDefinition(handlerDefinition)
			.spanFactory(spanFactory)
			.executor(snapshotThread.executor())
			.build();
	}

	@Bean
	SnapshotThread snapshotThread() {
		return new SnapshotThread();
	}

	/**
	 * Keeps the most recently used relationships in memory, so a command neither reads
	 * nor replays their events. Entries are held strongly: a weakly held aggregate is
	 * gone after the next garbage collection, which under load is every few commands.
	 */
	@Bean(destroyMethod = "close")
	CacheManager relationshipCacheManager(CommandProperties properties) {
		return CacheManagerBuilder.newCacheManagerBuilder()
			.withCache(RELATIONSHIP_CACHE,
					CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
							ResourcePoolsBuilder.heap(properties.cachedRelationships())))
			.build(true);
	}

	@Bean
	Cache relationshipCache(CacheManager relationshipCacheManager) {
		// Axon's adapter takes the implementation type, which every cache of a manager
		// has.
		return new EhCache3Adapter(
				(Ehcache) relationshipCacheManager.getCache(RELATIONSHIP_CACHE, Object.class, Object.class));
	}

	/**
	 * Reads the target from the command's accessor: Axon's default resolver looks for the
	 * annotated field by reflection on every command. The annotation stays, for routing
	 * in the distributed mode and for the test fixture.
	 */
	@Bean
	CommandTargetResolver relationshipTargetResolver() {
		return (command) -> new VersionedAggregateIdentifier(
				((RelationshipCommand) command.getPayload()).relationshipId(), null);
	}

	/** Axon registers handler interceptor beans on the command bus. */
	@Bean
	CommandRefusalInterceptor commandRefusalInterceptor(ValidatorFactory validatorFactory) {
		return new CommandRefusalInterceptor(validatorFactory);
	}

	/** Outermost of the handler interceptors: it counts what the others decided. */
	@Bean
	CommandOutcomeCounter commandOutcomeCounter(MeterRegistry meters) {
		return new CommandOutcomeCounter(meters);
	}

	@Bean
	ConcurrencyRetryScheduler commandRetryScheduler(CommandProperties properties) {
		return new ConcurrencyRetryScheduler(properties.retry().maxCount(), properties.retry().backoff());
	}

	@Bean
	CommandGateway commandGateway(CommandBus commandBus, ConcurrencyRetryScheduler commandRetryScheduler) {
		return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(commandRetryScheduler).build();
	}

	/**
	 * Enum values travel by name, in requests and in stored events; Jackson would
	 * otherwise take a number as a position and silently pick some other value.
	 */
	@Bean
	Jackson2ObjectMapperBuilderCustomizer enumsByNameOnly() {
		return (builder) -> builder.featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
	}

	/**
	 * Text is read only from JSON strings and numbers only from JSON numbers, and a
	 * member given twice is refused. Jackson would otherwise store {@code 12345} as the
	 * text "12345", read {@code "100"} as a number and keep the last of two values: a
	 * command recorded as the caller may not have meant it.
	 */
	@Bean
	Jackson2ObjectMapperBuilderCustomizer scalarsAsSent() {
		return (builder) -> builder.featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
			.postConfigurer((mapper) -> mapper.coercionConfigFor(LogicalType.Textual)
				.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
				.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
	}

}
