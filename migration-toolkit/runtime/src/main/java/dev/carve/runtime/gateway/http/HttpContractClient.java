package dev.carve.runtime.gateway.http;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.lang.reflect.UndeclaredThrowableException;
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

	private final Map<Method, Method> targets;

	private HttpContractClient(String description, Object client, RemoteCalls calls, Map<Method, Method> targets) {
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
	 * The interface's method for each of the contract's abstract methods.
	 * @param contract the gateway contract
	 * @param api the HTTP interface
	 * @return the methods, by contract method
	 * @throws IllegalStateException when the interface lacks one of them (naming each)
	 */
	static Map<Method, Method> targets(Class<?> contract, Class<?> api) {
		Map<Method, Method> targets = new HashMap<>();
		List<String> missing = new ArrayList<>();
		for (Method method : contract.getMethods()) {
			if (method.isDefault() || Modifier.isStatic(method.getModifiers())) {
				continue;
			}
			Method target = counterpart(method, api);
			if (target == null) {
				missing.add(signature(method));
			}
			else {
				target.setAccessible(true);
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
		Method target = this.targets.get(method);
		if (method.getReturnType() == target.getReturnType()) {
			return this.calls.call(method.getName(), () -> invoke(target, args));
		}
		try {
			return Optional.ofNullable(this.calls.call(method.getName(), () -> invoke(target, args)));
		}
		catch (DomainException ex) {
			if (ex.kind() == ErrorKind.NOT_FOUND) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private @Nullable Object invoke(Method target, @Nullable Object[] args) {
		try {
			return target.invoke(this.client, args);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new UndeclaredThrowableException(ex.getCause());
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return this.description;
	}

	private static @Nullable Method counterpart(Method method, Class<?> api) {
		try {
			Method target = api.getMethod(method.getName(), method.getParameterTypes());
			Type answer = method.getGenericReturnType();
			Type present = (answer instanceof ParameterizedType optional && optional.getRawType() == Optional.class)
					? optional.getActualTypeArguments()[0] : null;
			return (target.getGenericReturnType().equals(answer) || target.getGenericReturnType().equals(present))
					? target : null;
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	private static String signature(Method method) {
		return method.getGenericReturnType().getTypeName().replaceAll("[\\w.]+\\.", "") + " " + method.getName() + "("
				+ Arrays.stream(method.getGenericParameterTypes())
					.map((type) -> type.getTypeName().replaceAll("[\\w.]+\\.", ""))
					.collect(Collectors.joining(", "))
				+ ")";
	}

}
