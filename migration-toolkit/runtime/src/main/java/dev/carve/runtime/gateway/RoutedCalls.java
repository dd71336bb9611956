package dev.carve.runtime.gateway;

import java.util.Objects;

/**
 * The mark of a gateway call that a {@link RoutedGateway} sends to its module's other
 * side: header {@value #HEADER} (gRPC metadata {@code carve-routed-call}) naming the
 * module. The caller routes that module itself, so the process that receives the call
 * answers it with its own module or says that the module is dormant there
 * ({@link ModuleDormantException}) — it never forwards the call to its own other side.
 * <p>
 * In a cutover the caller takes the module back the moment the other side goes dormant; a
 * call forwarded back to it instead would make a second trip, through a client that was
 * never used before, while every write that waited at the fence arrives at once. And two
 * processes that both hold the module dormant answer a marked call rather than pass it
 * back and forth. An unmarked call (a process that only knows the module as remote) is
 * still forwarded by a process where the module is dormant.
 * <p>
 * The transports' client interceptors add the mark while {@link #sending(String)}; their
 * server sides run a marked call inside {@link #receive(String, ScopedValue.CallableOp)}.
 */
public final class RoutedCalls {

	/**
	 * The header (gRPC: lower-case metadata key) that carries the routed module's name.
	 */
	public static final String HEADER = "Carve-Routed-Call";

	private static final ScopedValue<String> SENDING = ScopedValue.newInstance();

	private static final ScopedValue<String> RECEIVED = ScopedValue.newInstance();

	private static final ScopedValue<String> PROBING = ScopedValue.newInstance();

	private RoutedCalls() {
	}

	/**
	 * Whether the call being made on this thread goes to the other side of the module on
	 * behalf of a routed gateway, and so must carry the mark.
	 * @param module the module the call goes to
	 * @return whether to add {@value #HEADER}
	 */
	public static boolean sending(String module) {
		return SENDING.isBound() && SENDING.get().equals(module);
	}

	/**
	 * Runs a call that arrived with the mark.
	 * @param <R> what the call returns
	 * @param <X> what it throws
	 * @param module the module the mark names
	 * @param call the call's handling
	 * @return what it returned
	 * @throws X what it threw
	 */
	public static <R, X extends Throwable> R receive(String module, ScopedValue.CallableOp<R, X> call) throws X {
		return ScopedValue.where(RECEIVED, Objects.requireNonNull(module)).call(call);
	}

	static <R, X extends Throwable> R send(String module, ScopedValue.CallableOp<R, X> call) throws X {
		return ScopedValue.where(SENDING, module).call(call);
	}

	/**
	 * Sends a probe ({@link OtherSideWarmUp}): a marked call that its module's
	 * {@link RemoteCalls} attempt once, outside their circuit breaker and retries, so
	 * that an other side not started yet opens no circuit for the calls that matter.
	 */
	static <R, X extends Throwable> R probe(String module, ScopedValue.CallableOp<R, X> call) throws X {
		return ScopedValue.where(SENDING, module).where(PROBING, module).call(call);
	}

	/**
	 * Whether the call being made on this thread is a probe of the module's other side.
	 */
	static boolean probing(String module) {
		return PROBING.isBound() && PROBING.get().equals(module);
	}

	/** Whether the call this thread handles came marked for the module. */
	static boolean received(String module) {
		return RECEIVED.isBound() && RECEIVED.get().equals(module);
	}

}
