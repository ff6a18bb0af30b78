package io.dyad.query.config;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the projections and their queries outside the application's transactions: they
 * read and write MongoDB, which takes no part in them. Beside the standalone
 * application's event store, Axon's defaults would hold one of the event store's pooled
 * JDBC connections through every query and every processor batch, so that concurrent
 * queries wait for connections and fail when the pool times out. Without a transaction
 * manager a tracking processor also stores a batch's token after the batch, as a pooled
 * one does, instead of before it in a transaction that would not cover the documents.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionTransactions {

	@Bean
	ConfigurerModule projectionsRunWithoutTransactions() {
		return (configurer) -> configurer.eventProcessing((processing) -> ProjectionErrorHandling.PROJECTIONS.forEach(
				(group) -> processing.registerTransactionManager(group, (config) -> NoTransactionManager.instance())));
	}

	/**
	 * Axon's local query bus without its transaction around each query. With Axon Server
	 * the query side has no transaction manager, and Axon's own bus does the same.
	 */
	@Bean
	@Qualifier("localSegment")
	@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
	SimpleQueryBus queryBus(org.axonframework.config.Configuration axon) {
		return SimpleQueryBus.builder()
			.messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
			.errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
					() -> LoggingQueryInvocationErrorHandler.builder().build()))
			.queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
			.spanFactory(axon.getComponent(QueryBusSpanFactory.class))
			.build();
	}

}
