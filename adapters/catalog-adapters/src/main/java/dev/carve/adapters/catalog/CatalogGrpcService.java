package dev.carve.adapters.catalog;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.v1.CatalogServiceGrpc;
import dev.carve.contracts.catalog.v1.QuoteRequest;
import dev.carve.contracts.catalog.v1.QuoteResponse;
import io.grpc.stub.StreamObserver;

/**
 * Serves {@code carve.catalog.v1.CatalogService} from the in-process
 * {@link CatalogGateway}. Domain errors leave as statuses with {@code ErrorInfo} (the
 * runtime's {@code DomainExceptionGrpcHandler}); a SKU that is not a
 * {@link dev.carve.kernel.Sku} as {@code INVALID_ARGUMENT}.
 */
final class CatalogGrpcService extends CatalogServiceGrpc.CatalogServiceImplBase {

	private final CatalogGateway catalog;

	CatalogGrpcService(CatalogGateway catalog) {
		this.catalog = catalog;
	}

	@Override
	public void quote(QuoteRequest request, StreamObserver<QuoteResponse> response) {
		var quote = this.catalog.quote(CatalogMessages.fromMessage(request));
		response.onNext(CatalogMessages.toMessage(quote));
		response.onCompleted();
	}

}
