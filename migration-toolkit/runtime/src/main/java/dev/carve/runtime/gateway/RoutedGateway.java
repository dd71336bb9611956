package dev.carve.runtime.gateway;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import dev.carve.runtime.module.ModuleRoute;
import dev.carve.runtime.module.RouteLookup;

/**
 * The gateway of a module that runs in this process and can also be called on the other
 * side of a cutover ({@code carve.modules.<module>.url} and {@code .transport}): each
 * call goes where the module's route says. Dormant, the call goes to the other side.
 * Otherwise the module's own gateway answers; a write that meets the fence waits there,
 * and when the route has become dormant meanwhile ({@link ModuleDormantException}) the
 * call goes to the other side, so a request that waited at the fence still succeeds. The
 * mirror image holds when the module is switched back: a call sent to the other side that
 * it refuses as dormant there comes back here once the route here is no longer dormant.
 * Calls to the other side carry {@link RoutedCalls}' mark; a call that arrives with it is
 * answered here or refused as dormant, never sent on.
 */
final class RoutedGateway implements InvocationHandler {

	private final String module;

	private final Object local;

	private final Object remote;

	private final RouteLookup routes;

	private RoutedGateway(String module, Object local, Object remote, RouteLookup routes) {
		this.module = module;
		this.local = local;
		this.remote = remote;
		this.routes = routes;
	}

	/**
	 * A gateway that routes each call.
	 * @param <G> the contract
	 * @param contract the gateway interface
	 * @param module the module
	 * @param local the module's own gateway in this process
	 * @param remote the remote gateway to the other side
	 * @param routes where the route is read
	 * @return the routed gateway
	 */
	static <G> G of(Class<G> contract, String module, Object local, Object remote, RouteLookup routes) {
		return contract.cast(Proxy.newProxyInstance(contract.getClassLoader(), new Class<?>[] { contract },
				new RoutedGateway(module, local, remote, routes)));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		if (method.getDeclaringClass() == Object.class) {
			return switch (method.getName()) {
				case "equals" -> proxy == args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				default -> "RoutedGateway[" + this.module + "]";
			};
		}
		if (RoutedCalls.received(this.module)) {
			// The caller routes the module itself: answer here, or say it is dormant
			// here.
			if (this.routes.routeOf(this.module) == ModuleRoute.DORMANT) {
				throw new ModuleDormantException(this.module);
			}
			return call(this.local, method, args);
		}
		if (this.routes.routeOf(this.module) == ModuleRoute.DORMANT) {
			try {
				return callOtherSide(method, args);
			}
			catch (ModuleDormantException ex) {
				// The other side went dormant while this side took the module back.
				if (this.routes.routeOf(this.module) == ModuleRoute.DORMANT) {
					throw ex;
				}
				return call(this.local, method, args);
			}
		}
		try {
			return call(this.local, method, args);
		}
		catch (ModuleDormantException ex) {
			return callOtherSide(method, args);
		}
	}

	private Object callOtherSide(Method method, Object[] args) throws Throwable {
		return RoutedCalls.send(this.module, () -> call(this.remote, method, args));
	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
