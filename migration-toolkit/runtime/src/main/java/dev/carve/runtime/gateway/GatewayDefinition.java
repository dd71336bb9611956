package dev.carve.runtime.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.carve.runtime.events.ModuleEvents;
import dev.carve.runtime.module.ModuleMode;
import org.jspecify.annotations.Nullable;

/**
 * A module's gateway, declared once: the module, its contract interface, how its domain
 * errors come back across a process boundary, the transports it can be called over, and
 * the events the module publishes. The contract's {@link dev.carve.api.Idempotent}
 * methods say what may be retried. From this the runtime makes, by
 * {@code carve.modules.<module>.mode}:
 * <ul>
 * <li>{@code in-process}: nothing in front of the module's own gateway bean; when that
 * bean exists here, each transport's endpoints serve it to other processes;</li>
 * <li>{@code grpc} / {@code http}: the transport's remote gateway as the bean of the
 * contract type, every call under the module's {@link RemoteCalls}.</li>
 * </ul>
 *
 * @param <G> the gateway contract
 */
public final class GatewayDefinition<G> {

	private final String module;

	private final Class<G> contract;

	private final DomainErrorDecoder errors;

	private final List<GatewayTransport<G>> transports;

	private final @Nullable ModuleEvents events;

	private final @Nullable Consumer<G> probe;

	private GatewayDefinition(String module, Class<G> contract, DomainErrorDecoder errors,
			List<GatewayTransport<G>> transports, @Nullable ModuleEvents events, @Nullable Consumer<G> probe) {
		this.module = module;
		this.contract = contract;
		this.errors = errors;
		this.transports = List.copyOf(transports);
		this.events = events;
		this.probe = probe;
	}

	/**
	 * Starts a definition.
	 * @param <G> the gateway contract
	 * @param module the module's name, as in {@code carve.modules.<module>}
	 * @param contract the gateway interface
	 * @param errors rebuilds the contract's domain exceptions from their problem codes
	 * @return a definition without transports
	 * @throws IllegalArgumentException when the contract is not an interface
	 */
	public static <G> GatewayDefinition<G> of(String module, Class<G> contract, DomainErrorDecoder errors) {
		if (!contract.isInterface()) {
			throw new IllegalArgumentException(contract.getName() + " is not an interface");
		}
		return new GatewayDefinition<>(module, contract, errors, List.of(), null, null);
	}

	/**
	 * This definition with one more transport.
	 * @param transport the transport
	 * @return a new definition
	 * @throws IllegalArgumentException when a transport for its mode is already declared
	 */
	public GatewayDefinition<G> over(GatewayTransport<G> transport) {
		if (transport(transport.mode()).isPresent()) {
			throw new IllegalArgumentException(
					"Gateway of '" + this.module + "' declares two transports for mode " + transport.mode());
		}
		List<GatewayTransport<G>> more = new ArrayList<>(this.transports);
		more.add(transport);
		return new GatewayDefinition<>(this.module, this.contract, this.errors, more, this.events, this.probe);
	}

	/**
	 * This definition with the module's events and their codecs, declared in every mode.
	 * @param events the module's events
	 * @return a new definition
	 */
	public GatewayDefinition<G> publishing(ModuleEvents events) {
		return new GatewayDefinition<>(this.module, this.contract, this.errors, this.transports, events, this.probe);
	}

	/**
	 * This definition with a probe: one call of the contract that changes nothing
	 * whatever process answers it (an operation on an identifier that names nothing). A
	 * process that holds both sides of the module sends it to the other side while the
	 * module serves here, so that the path is warm when a cutover sends the real calls
	 * there ({@link OtherSideWarmUp}).
	 * @param probe makes the call on the gateway it is given
	 * @return a new definition
	 */
	public GatewayDefinition<G> probedBy(Consumer<G> probe) {
		return new GatewayDefinition<>(this.module, this.contract, this.errors, this.transports, this.events, probe);
	}

	/** The module's name. */
	public String module() {
		return this.module;
	}

	/** The gateway interface. */
	public Class<G> contract() {
		return this.contract;
	}

	/** How the contract's domain errors are rebuilt. */
	public DomainErrorDecoder errors() {
		return this.errors;
	}

	/** The transports, in the order declared. */
	public List<GatewayTransport<G>> transports() {
		return this.transports;
	}

	/**
	 * The transport for a mode.
	 * @param mode a remote mode
	 * @return its transport, empty when the gateway cannot be called that way
	 */
	public Optional<GatewayTransport<G>> transport(ModuleMode mode) {
		return this.transports.stream().filter((transport) -> transport.mode() == mode).findFirst();
	}

	/** The call that warms the path to the module's other side, if declared. */
	public Optional<Consumer<G>> probe() {
		return Optional.ofNullable(this.probe);
	}

	/** The module's events, if it publishes any. */
	public Optional<ModuleEvents> events() {
		return Optional.ofNullable(this.events);
	}

}
