package dev.carve.adapters.testkit;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that a gRPC service has one method per method of the gateway it carries, named
 * as the gateway's in UpperCamelCase ({@code findStatus} is {@code FindStatus}), and no
 * other: a method added to the contract or the {@code .proto} only fails the adapter's
 * build, and this check needs no change when both have it.
 */
public final class ServiceMethodsMatch {

	private ServiceMethodsMatch() {
	}

	/**
	 * Asserts that a service and a gateway correspond.
	 * @param service the service's descriptor, such as
	 * {@code OrderServiceGrpc.getServiceDescriptor()}
	 * @param gateway the contract's gateway interface
	 */
	public static void assertMatch(ServiceDescriptor service, Class<?> gateway) {
		List<String> expected = Arrays.stream(gateway.getMethods())
			.filter((method) -> Modifier.isAbstract(method.getModifiers()))
			.map(Method::getName)
			.map((name) -> name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1))
			.toList();
		assertThat(service.getMethods()).extracting(MethodDescriptor::getBareMethodName)
			.as("the methods of %s for those of %s", service.getName(), gateway.getName())
			.containsExactlyInAnyOrderElementsOf(expected);
	}

}
