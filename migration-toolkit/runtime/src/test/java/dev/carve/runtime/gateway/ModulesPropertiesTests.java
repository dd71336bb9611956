package dev.carve.runtime.gateway;

import java.io.IOException;
import java.net.URL;
import java.util.Enumeration;

import dev.carve.runtime.module.ModuleMode;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code carve.modules.*} as the runtime reads it: a module's settings bound with their
 * defaults, and a start-up that stops on a module name or mode that does not exist,
 * naming the property. The runtime's tests declare one gateway, {@code sample}, over both
 * transports.
 */
class ModulesPropertiesTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(GatewayAutoConfiguration.class));

	@Test
	void aModulesSettingsAreBoundWithTheirDefaults() {
		this.runner.withPropertyValues("carve.modules.sample.mode=in-process").run((context) -> {
			assertThat(context).hasNotFailed();
			ModulesProperties.Settings sample = context.getBean(ModulesProperties.class).modules().get("sample");
			assertThat(sample.mode()).isEqualTo(ModuleMode.IN_PROCESS);
			assertThat(sample.url()).isNull();
			assertThat(sample.client()).isEqualTo(RemoteClientProperties.defaults());
		});
	}

	@Test
	void anUnknownModuleNameStopsStartUpNamingTheProperty() {
		this.runner.withPropertyValues("carve.modules.smaple.mode=grpc", "carve.modules.smaple.url=localhost:1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.isInstanceOf(InvalidConfigurationPropertyValueException.class)
				.hasMessageContaining("carve.modules.smaple")
				.hasMessageContaining("There is no module 'smaple' in this application")
				.hasMessageContaining("[sample]"));
	}

	@Test
	void anUnknownModeStopsStartUpNamingTheProperty() {
		this.runner.withPropertyValues("carve.modules.sample.mode=carrier-pigeon")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasStackTraceContaining(BindException.class.getSimpleName())
				.hasStackTraceContaining("carve.modules.sample.mode")
				.hasStackTraceContaining("carrier-pigeon"));
	}

	@Test
	void aModeTheGatewayIsNotDeclaredOverStopsStartUpNamingTheProperty() {
		this.runner.withClassLoader(grpcOnlySample())
			.withPropertyValues("carve.modules.sample.mode=http", "carve.modules.sample.url=http://localhost:1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.hasMessageContaining("carve.modules.sample.mode is http")
				.hasMessageContaining("not declared over http"));
	}

	/**
	 * A class loader whose only gateway declaration is the sample gateway over gRPC
	 * ({@link GrpcOnlySampleDeclaration}).
	 */
	private static ClassLoader grpcOnlySample() {
		ClassLoader parent = ModulesPropertiesTests.class.getClassLoader();
		return new ClassLoader(parent) {

			@Override
			public Enumeration<URL> getResources(String name) throws IOException {
				return name.equals("META-INF/spring/" + GatewayDeclaration.class.getName() + ".imports")
						? parent.getResources("dev/carve/runtime/gateway/grpc-only-sample.imports")
						: super.getResources(name);
			}

		};
	}

}
