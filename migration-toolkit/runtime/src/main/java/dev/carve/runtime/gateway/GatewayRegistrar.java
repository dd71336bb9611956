package dev.carve.runtime.gateway;

import java.util.List;

import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.module.ModuleMode;
import dev.carve.runtime.module.ModuleModes;
import dev.carve.runtime.module.RouteLookup;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * Checks {@code carve.modules.*} ({@link ModulesProperties}: every name a module of this
 * application, every mode one of the three) and turns every {@link GatewayDeclaration} on
 * the class path into beans, by the module's mode: the remote gateway in a remote mode;
 * in-process, the endpoints of each transport when the module's own gateway bean is
 * defined here; the module's events in every mode. It runs while the auto-configurations'
 * beans are registered, after the modules' (whose gateway implementations are scanned
 * components) and before the gRPC server's, which starts only when a service is defined.
 */
final class GatewayRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, BeanClassLoaderAware {

	private static final String PREFIX = "carve.gateway.";

	@SuppressWarnings("NullAway.Init")
	private Environment environment;

	private ClassLoader classLoader = ClassUtils.getDefaultClassLoader();

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		List<GatewayDefinition<?>> gateways = GatewayDeclaration.all(this.classLoader);
		ModulesProperties settings = Binder.get(this.environment).bindOrCreate("carve", ModulesProperties.class);
		KnownModules.find(this.classLoader, gateways).check(settings);
		for (GatewayDefinition<?> gateway : gateways) {
			register(gateway, registry);
		}
	}

	private <G> void register(GatewayDefinition<G> gateway, BeanDefinitionRegistry registry) {
		String module = gateway.module();
		gateway.events()
			.ifPresent((events) -> registry.registerBeanDefinition(PREFIX + module + ".events",
					new RootBeanDefinition(ModuleEvents.class, () -> events)));
		ModuleMode mode = ModuleModes.modeOf(module, this.environment);
		ListableBeanFactory beans = (ListableBeanFactory) registry;
		if (mode == ModuleMode.IN_PROCESS) {
			String[] own = beans.getBeanNamesForType(gateway.contract(), true, false);
			if (own.length > 0) {
				for (GatewayTransport<G> transport : gateway.transports()) {
					registry.registerBeanDefinition(PREFIX + module + "." + transport.mode().value() + "-endpoints",
							new RootBeanDefinition(transport.endpoints()));
				}
				ModuleModes.otherSideOf(module, this.environment)
					.ifPresent((otherSide) -> registerRouted(gateway, own[0], otherSide, registry));
			}
			return;
		}
		registry.registerBeanDefinition(PREFIX + module + ".client", remote(gateway, mode, "mode", beans));
	}

	/**
	 * Registers the other side of a module that runs here, as a bean no one injects, in
	 * front of both a {@link RoutedGateway} as the primary bean of the contract type, and
	 * the {@link OtherSideWarmUp} of the path when the gateway declares a probe.
	 */
	private <G> void registerRouted(GatewayDefinition<G> gateway, String own, ModuleMode otherSide,
			BeanDefinitionRegistry registry) {
		ListableBeanFactory beans = (ListableBeanFactory) registry;
		String module = gateway.module();
		RootBeanDefinition remote = remote(gateway, otherSide, "transport", beans);
		remote.setAutowireCandidate(false);
		registry.registerBeanDefinition(PREFIX + module + ".other-side", remote);
		RootBeanDefinition routed = new RootBeanDefinition(gateway.contract(),
				() -> RoutedGateway.of(gateway.contract(), module, beans.getBean(own),
						beans.getBean(PREFIX + module + ".other-side"), beans.getBean(RouteLookup.class)));
		routed.setPrimary(true);
		registry.registerBeanDefinition(PREFIX + module + ".routed", routed);
		gateway.probe()
			.ifPresent((probe) -> registry.registerBeanDefinition(PREFIX + module + ".warm-up",
					new RootBeanDefinition(OtherSideWarmUp.class,
							() -> new OtherSideWarmUp<>(module,
									gateway.contract().cast(beans.getBean(PREFIX + module + ".other-side")), probe,
									beans.getBean(RouteLookup.class), otherSideAddress(module)))));
	}

	private String otherSideAddress(String module) {
		return this.environment.getProperty("carve.modules." + module + ".url", "its configured address");
	}

	private <G> RootBeanDefinition remote(GatewayDefinition<G> gateway, ModuleMode mode, String property,
			ListableBeanFactory beans) {
		GatewayTransport<G> transport = gateway.transport(mode)
			.orElseThrow(() -> new IllegalStateException("carve.modules." + gateway.module() + "." + property + " is "
					+ mode.value() + " but the gateway of '" + gateway.module() + "' is not declared over "
					+ mode.value() + " (it is over "
					+ gateway.transports().stream().map((declared) -> declared.mode().value()).toList() + ")"));
		return new RootBeanDefinition(gateway.contract(), () -> transport.client(gateway, beans));
	}

}
