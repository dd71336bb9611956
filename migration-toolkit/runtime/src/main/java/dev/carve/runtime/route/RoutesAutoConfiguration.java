package dev.carve.runtime.route;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import dev.carve.runtime.events.EventsAutoConfiguration;
import dev.carve.runtime.events.ModuleEventListeners;
import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.events.OutboxDepths;
import dev.carve.runtime.gateway.GatewayAutoConfiguration;
import dev.carve.runtime.gateway.GatewayDeclaration;
import dev.carve.runtime.gateway.ModulesProperties;
import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleLiquibase;
import dev.carve.runtime.module.ModuleMode;
import dev.carve.runtime.module.ModuleRoute;
import dev.carve.runtime.security.ServiceCredentials;
import dev.carve.runtime.web.ProblemResponseWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;

/**
 * Routes of the modules that run in this process, switched at run time: the route table
 * and its fence over every write transaction of a module, the operators' endpoint
 * {@code /actuator/modules}, and the routing of each module's public API.
 */
@AutoConfiguration(
		after = { JdbcTemplateAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				EventsAutoConfiguration.class, GatewayAutoConfiguration.class },
		afterName = { "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnBean(JdbcTemplate.class)
public final class RoutesAutoConfiguration {

	/**
	 * What forwards a dormant module's public API; without it on the class path, that API
	 * answers {@code 503} while the module is dormant.
	 */
	static final String FORWARDING = "org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions";

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static ModuleWriteAdvisor carveModuleWriteAdvisor(ObjectProvider<ModuleFence> fence) {
		return new ModuleWriteAdvisor(fence);
	}

	@Bean
	ModuleLiquibase carveRuntimeLiquibase(DataSource dataSource) {
		return ModuleLiquibase.ofRuntime(dataSource);
	}

	@Bean
	@DependsOn("carveRuntimeLiquibase")
	ModuleRoutes carveModuleRoutes(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			ObjectProvider<ModuleDefinition> modules, ModulesProperties settings,
			ObjectProvider<MeterRegistry> meters) {
		Map<String, ModuleRoute> initial = new LinkedHashMap<>();
		modules.orderedStream().forEach((module) -> {
			ModulesProperties.Settings configured = settings.modules().get(module.name());
			ModuleRoute route = (configured != null) ? configured.route() : null;
			initial.put(module.name(), (route != null) ? route : ModuleRoute.SERVING);
		});
		return new ModuleRoutes(jdbc, transactionManager, initial, meters.getIfAvailable());
	}

	@Bean
	ModuleFence carveModuleFence(ObjectProvider<ModuleDefinition> modules, ModuleRoutes routes,
			PlatformTransactionManager transactionManager, ModulesProperties settings,
			ObjectProvider<MeterRegistry> meters) {
		Map<String, Duration> maxWaits = new LinkedHashMap<>();
		settings.modules().forEach((module, configured) -> maxWaits.put(module, configured.fence().maxWait()));
		return new ModuleFence(modules.orderedStream().toList(), routes, transactionManager, maxWaits,
				meters.getIfAvailable(() -> Metrics.globalRegistry));
	}

	/**
	 * Fetches, once the application is ready, the service credential for each module
	 * whose other side this process can call, so the first call after a switch does not
	 * wait for it.
	 */
	@Bean
	ApplicationListener<ApplicationReadyEvent> carveOtherSideCredentials(ModulesProperties settings,
			ObjectProvider<ServiceCredentials> credentials) {
		return (event) -> credentials.ifAvailable((available) -> settings.modules().forEach((module, configured) -> {
			if (configured.mode() == ModuleMode.IN_PROCESS && StringUtils.hasText(configured.url())) {
				Thread.ofVirtual().name("carve-credentials-" + module).start(() -> {
					try {
						available.tokenFor(module);
					}
					catch (RuntimeException ex) {
						// The first call asks again.
					}
				});
			}
		}));
	}

	@Bean
	@ConditionalOnAvailableEndpoint
	ModulesEndpoint carveModulesEndpoint(ModuleRoutes routes, ModulesProperties settings,
			ConfigurableListableBeanFactory beans, ObjectProvider<ModuleDefinition> modules,
			ObjectProvider<ModuleEvents> events, ObjectProvider<ModuleEventListeners> listeners,
			ObjectProvider<OutboxDepths> outboxes, Environment environment) {
		ModuleFacts facts = new ModuleFacts(beans, modules.orderedStream().toList(), events.orderedStream().toList(),
				GatewayDeclaration
					.all(Objects.requireNonNullElse(beans.getBeanClassLoader(), getClass().getClassLoader())),
				listeners.getIfAvailable(), outboxes.getIfAvailable(),
				environment.getProperty("carve.events.kafka.enabled", Boolean.class, false));
		return new ModulesEndpoint(routes, settings, facts);
	}

	/**
	 * The modules whose public API has somewhere to go while they are dormant here:
	 * {@code carve.modules.<module>.api-url}, or its {@code url} over HTTP.
	 */
	static Map<String, String> apiUrls(ModulesProperties settings) {
		Map<String, String> urls = new LinkedHashMap<>();
		settings.modules().forEach((module, configured) -> {
			if (configured.mode() != ModuleMode.IN_PROCESS) {
				return;
			}
			String url = configured.apiUrl();
			if (!StringUtils.hasText(url) && StringUtils.hasText(configured.url())
					&& (configured.transport() == ModuleMode.HTTP || configured.url().startsWith("http"))) {
				url = configured.url();
			}
			if (StringUtils.hasText(url)) {
				urls.put(module, url);
			}
		});
		return urls;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	static class ModuleApis {

		/** After Spring Security's filter chain, so a request is authenticated first. */
		@Bean
		FilterRegistrationBean<ModuleApiRouteFilter> carveModuleApiRouteFilter(ModuleRoutes routes, ModuleFence fence,
				ModulesProperties settings, ProblemResponseWriter problems) {
			Set<String> forwarded = ClassUtils.isPresent(FORWARDING, getClass().getClassLoader())
					? new TreeSet<>(apiUrls(settings).keySet()) : Set.of();
			FilterRegistrationBean<ModuleApiRouteFilter> registration = new FilterRegistrationBean<>(
					new ModuleApiRouteFilter(routes, fence, forwarded, problems));
			registration.setOrder(0);
			return registration;
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(name = FORWARDING)
		static class Forwarding {

			@Bean
			RouterFunctionMapping carveDormantApiForwarding(ModulesProperties settings) {
				return DormantApiForwarding.mapping(apiUrls(settings));
			}

		}

	}

}
