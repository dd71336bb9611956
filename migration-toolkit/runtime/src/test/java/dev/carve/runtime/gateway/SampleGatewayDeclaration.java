package dev.carve.runtime.gateway;

/**
 * The runtime tests' declared gateway: module {@code sample}, {@link SampleGateway}, no
 * transport, so that the module is known here but cannot be called remotely.
 */
public final class SampleGatewayDeclaration implements GatewayDeclaration {

	@Override
	public GatewayDefinition<SampleGateway> definition() {
		return GatewayDefinition.of("sample", SampleGateway.class, (code, details) -> null);
	}

}
