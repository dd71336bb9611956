package dev.carve.adapters.testkit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.carve.runtime.module.ModuleMode;
import dev.carve.testkit.ModuleProcess;
import dev.carve.testkit.TestTokens;

/**
 * The processes a module's adapter tests share, each started the first time a test asks
 * for it and kept for the test JVM: the provider, where the module runs in-process, and
 * one consumer per remote mode, which calls the provider through the module's gateway.
 * Thread-safe.
 *
 * @param <G> the module's gateway contract
 */
public final class ModeProcesses<G> {

	private final Class<?> application;

	private final TestTokens tokens;

	private final String module;

	private final Class<G> contract;

	private final String[] providerProperties;

	private final Function<ModuleProcess, List<String>> consumerProperties;

	private ModuleProcess provider;

	private final Map<ModuleMode, ModuleProcess> consumers = new EnumMap<>(ModuleMode.class);

	private ModeProcesses(Class<?> application, TestTokens tokens, String module, Class<G> contract,
			String[] providerProperties, Function<ModuleProcess, List<String>> consumerProperties) {
		this.application = application;
		this.tokens = tokens;
		this.module = module;
		this.contract = contract;
		this.providerProperties = providerProperties;
		this.consumerProperties = consumerProperties;
	}

	/**
	 * The processes of a module.
	 * @param <G> the module's gateway contract
	 * @param application the module's test application, which every process runs
	 * @param tokens the issuer every process trusts
	 * @param module the module's name
	 * @param contract the module's gateway contract
	 * @return the processes, none started yet
	 */
	public static <G> ModeProcesses<G> of(Class<?> application, TestTokens tokens, String module, Class<G> contract) {
		return new ModeProcesses<>(application, tokens, module, contract, new String[0], (provider) -> List.of());
	}

	/**
	 * The same processes with properties of the provider's own.
	 * @param properties {@code key=value}
	 * @return the processes
	 */
	public ModeProcesses<G> withProvider(String... properties) {
		return new ModeProcesses<>(this.application, this.tokens, this.module, this.contract, properties,
				this.consumerProperties);
	}

	/**
	 * The same processes with properties of every consumer's beyond its mode and the
	 * provider's address.
	 * @param properties the properties, {@code key=value}, given the started provider
	 * @return the processes
	 */
	public ModeProcesses<G> withConsumers(Function<ModuleProcess, List<String>> properties) {
		return new ModeProcesses<>(this.application, this.tokens, this.module, this.contract, this.providerProperties,
				properties);
	}

	/** The provider, where the module runs in-process. */
	public synchronized ModuleProcess provider() {
		if (this.provider == null) {
			this.provider = ModuleProcess.start(this.application, this.tokens, this.providerProperties);
		}
		return this.provider;
	}

	/** The provider's public API, which starts the provider at its first request. */
	public PublicApi providerApi() {
		return new PublicApi(() -> provider().httpUrl());
	}

	/**
	 * The module's gateway in a mode: the provider's own in-process, a consumer's
	 * otherwise.
	 * @param mode the mode
	 * @return the gateway
	 */
	public synchronized G gateway(ModuleMode mode) {
		ModuleProcess process = (mode == ModuleMode.IN_PROCESS) ? provider() : consumer(mode);
		return process.context().getBean(this.contract);
	}

	/**
	 * The consumer that calls the module in a remote mode.
	 * @param mode {@link ModuleMode#GRPC} or {@link ModuleMode#HTTP}
	 * @return the consumer
	 */
	public synchronized ModuleProcess consumer(ModuleMode mode) {
		return this.consumers.computeIfAbsent(mode, (remote) -> startConsumer(remote, this.tokens));
	}

	/**
	 * Starts a consumer of its own, which the caller stops: one trusting another issuer,
	 * say, or with properties of its own.
	 * @param mode {@link ModuleMode#GRPC} or {@link ModuleMode#HTTP}
	 * @param tokens the issuer it trusts and takes its service credentials from
	 * @param properties further properties, {@code key=value}, which win
	 * @return the consumer
	 */
	public ModuleProcess startConsumer(ModuleMode mode, TestTokens tokens, String... properties) {
		ModuleProcess provider = provider();
		String address = (mode == ModuleMode.GRPC) ? provider.grpcTarget() : provider.httpUrl();
		List<String> all = new ArrayList<>(List.of("carve.modules." + this.module + ".mode=" + mode.value(),
				"carve.modules." + this.module + ".url=" + address));
		all.addAll(this.consumerProperties.apply(provider));
		all.addAll(List.of(properties));
		return ModuleProcess.start(this.application, tokens, all.toArray(String[]::new));
	}

}
