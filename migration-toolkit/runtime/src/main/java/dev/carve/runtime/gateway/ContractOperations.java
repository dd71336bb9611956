package dev.carve.runtime.gateway;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import dev.carve.api.Idempotent;

/**
 * The operations of a gateway contract and whether each may be repeated, read once from
 * the contract interface: a method marked {@link Idempotent} is retried, any other is
 * attempted once. A contract that overloads a name with methods that differ in this is
 * refused, since a call names its operation only.
 */
final class ContractOperations {

	private final Class<?> contract;

	private final Map<String, Boolean> idempotent;

	private ContractOperations(Class<?> contract, Map<String, Boolean> idempotent) {
		this.contract = contract;
		this.idempotent = idempotent;
	}

	static ContractOperations of(Class<?> contract) {
		Map<String, Boolean> idempotent = new HashMap<>();
		for (Method method : contract.getMethods()) {
			if (method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
				continue;
			}
			boolean marked = method.isAnnotationPresent(Idempotent.class);
			Boolean earlier = idempotent.put(method.getName(), marked);
			if (earlier != null && earlier != marked) {
				throw new IllegalArgumentException(contract.getName() + " overloads " + method.getName()
						+ " with methods that differ in being @Idempotent");
			}
		}
		return new ContractOperations(contract, Map.copyOf(idempotent));
	}

	/**
	 * Whether an operation may be repeated.
	 * @param operation the contract method's name
	 * @return whether it is marked {@link Idempotent}
	 * @throws IllegalArgumentException when the contract has no such method
	 */
	boolean idempotent(String operation) {
		Boolean marked = this.idempotent.get(operation);
		if (marked == null) {
			throw new IllegalArgumentException(this.contract.getName() + " has no operation '" + operation + "'");
		}
		return marked;
	}

}
