package dev.carve.adapters.catalog;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.contracts.catalog.v1.CatalogServiceGrpc;
import dev.carve.contracts.catalog.v1.CatalogServiceGrpc.CatalogServiceBlockingStub;
import dev.carve.runtime.gateway.CallBudget;
import dev.carve.runtime.gateway.RemoteCalls;
import io.grpc.Channel;

/**
 * {@link CatalogGateway} over gRPC ({@code carve.catalog.v1.CatalogService}). Quoting is
 * idempotent by contract, so it is retried within the call's deadline.
 */
public final class GrpcCatalogGateway implements CatalogGateway {

	private final CatalogServiceBlockingStub stub;

	private final RemoteCalls calls;

	/**
	 * Creates the gateway.
	 * @param channel the channel to the process that runs catalog
	 * @param calls deadlines, retries, circuit breaker and failure translation
	 */
	public GrpcCatalogGateway(Channel channel, RemoteCalls calls) {
		this.stub = CatalogServiceGrpc.newBlockingStub(channel);
		this.calls = calls;
	}

	@Override
	public PriceQuote quote(Collection<String> skus) {
		return this.calls.call("quote",
				(budget) -> CatalogMessages.fromMessage(stub(budget).quote(CatalogMessages.toMessage(skus))));
	}

	private CatalogServiceBlockingStub stub(CallBudget budget) {
		return this.stub.withDeadlineAfter(budget.remaining().toNanos(), TimeUnit.NANOSECONDS);
	}

}
