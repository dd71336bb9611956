package dev.carve.runtime.gateway.http;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.carve.api.DomainException;
import dev.carve.api.ErrorKind;
import dev.carve.runtime.gateway.RemoteCalls;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ReflectionUtils;

/**
 * A gateway's HTTP client made from its HTTP interface alone, for a contract whose every
 * method the interface declares as the contract does: the same name and parameter types,
 * and the same return type — or, where the contract answers {@code Optional<T>}, the
 * interface answers {@code T}. A call to the contract is one call of the interface's
 * method of the same signature under the gateway's {@link RemoteCalls}, named by the
 * method, so the contract's {@link dev.carve.api.Idempotent} marks decide its retries as
 * they do for an adapter's calls. An {@code Optional} call whose provider answers with a
 * domain error of kind {@link ErrorKind#NOT_FOUND} (one the gateway's decoder knows; any
 * other 404 stays a refusal) is the empty answer. Where a call needs other mapping, the
 * module writes that adapter and names it to
 * {@link HttpTransport#of(Class, java.util.function.BiFunction, Class)} instead.
 */
public final class HttpContractClient implements InvocationHandler {

	private final String description;

	private final Object client;

	private final RemoteCalls calls;

	private final Map<Method, Target> targets;

	private HttpContractClient(String description, Object client, RemoteCalls calls, Map<Method, Target> targets) {
		this.description = description;
		this.client = client;
		this.calls = calls;
		this.targets = targets;
	}

	/**
	 * Makes the client.
	 * @param <G> the gateway contract
	 * @param contract the gateway contract
	 * @param api the HTTP interface
	 * @param client the runtime's client of the interface
	 * @param calls the gateway's call policy
	 * @return the contract, served by the interface's methods
	 * @throws IllegalStateException when the interface lacks one of the contract's
	 * methods (naming each)
	 */
	static <G> G create(Class<G> contract, Class<?> api, Object client, RemoteCalls calls) {
		HttpContractClient handler = new HttpContractClient(contract.getSimpleName() + " of module '"
				+ calls.module().name() + "' over HTTP through " + api.getSimpleName(), client, calls,
				targets(contract, api));
		return contract.cast(Proxy.newProxyInstance(contract.getClassLoader(), new Class<?>[] { contract }, handler));
	}

	/**
	 * Whether a gateway is a client made by this class.
	 * @param gateway the gateway
	 * @return whether it is
	 */
	public static boolean isClient(Object gateway) {
		return Proxy.isProxyClass(gateway.getClass())
				&& Proxy.getInvocationHandler(gateway) instanceof HttpContractClient;
	}

	/**
	 * The interface's method for each of the contract's abstract methods, and whether it
	 * answers the value of the contract's {@code Optional}.
	 * @param contract the gateway contract
	 * @param api the HTTP interface
	 * @return the methods, by contract method
	 * @throws IllegalStateException when the interface lacks one of them (naming each)
	 */
	static Map<Method, Target> targets(Class<?> contract, Class<?> api) {
		Map<Method, Target> targets = new HashMap<>();
		List<String> missing = new ArrayList<>();
		for (Method method : contract.getMethods()) {
			if (method.isDefault() || Modifier.isStatic(method.getModifiers())) {
				continue;
			}
			Target target = counterpart(method, api);
			if (target == null) {
				missing.add(signature(method));
			}
			else {
				targets.put(method, target);
			}
		}
		if (!missing.isEmpty()) {
			missing.sort(null);
			throw new IllegalStateException(api.getName() + " does not declare " + String.join(", ", missing) + " as "
					+ contract.getName() + " does: declare each with the same parameter and return types, "
					+ "or give HttpTransport.of an adapter that maps the calls");
		}
		return Map.copyOf(targets);
	}

	@Override
	public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
		if (method.getDeclaringClass() == Object.class) {
			return switch (method.getName()) {
				case "equals" -> proxy == args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				default -> this.description;
			};
		}
		if (method.isDefault()) {
			return InvocationHandler.invokeDefault(proxy, method, args);
		}
		Target target = this.targets.get(method);
		if (!target.optional()) {
			return this.calls.call(method.getName(), () -> target.invoke(this.client, args));
		}
		try {
			return Optional.ofNullable(this.calls.call(method.getName(), () -> target.invoke(this.client, args)));
		}
		catch (DomainException ex) {
			if (ex.kind() == ErrorKind.NOT_FOUND) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	@Override
	public String toString() {
		return this.description;
	}

	private static @Nullable Target counterpart(Method method, Class<?> api) {
		Method target = ReflectionUtils.findMethod(api, method.getName(), method.getParameterTypes());
		if (target == null) {
			return null;
		}
		ReflectionUtils.makeAccessible(target);
		Type answer = method.getGenericReturnType();
		if (target.getGenericReturnType().equals(answer)) {
			return new Target(target, false);
		}
		boolean optional = answer instanceof ParameterizedType wrapped && wrapped.getRawType() == Optional.class
				&& target.getGenericReturnType().equals(wrapped.getActualTypeArguments()[0]);
		return optional ? new Target(target, true) : null;
	}

	private static String signature(Method method) {
		return method.getGenericReturnType().getTypeName().replaceAll("[\\w.]+\\.", "") + " " + method.getName() + "("
				+ Arrays.stream(method.getGenericParameterTypes())
					.map((type) -> type.getTypeName().replaceAll("[\\w.]+\\.", ""))
					.collect(Collectors.joining(", "))
				+ ")";
	}

	/**
	 * The interface's method a contract method calls.
	 *
	 * @param method the interface's method
	 * @param optional whether it answers the value of the contract's {@code Optional}
	 */
	record Target(Method method, boolean optional) {

		@Nullable Object invoke(Object client, @Nullable Object[] args) {
			return ReflectionUtils.invokeMethod(this.method, client, args);
		}

	}

}
