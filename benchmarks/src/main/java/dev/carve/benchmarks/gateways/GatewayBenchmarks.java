package dev.carve.benchmarks.gateways;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.carve.contracts.catalog.CatalogGateway;
import dev.carve.contracts.catalog.PriceQuote;
import dev.carve.contracts.inventory.InventoryGateway;
import dev.carve.contracts.inventory.Reservation;
import dev.carve.contracts.inventory.ReserveStock;
import dev.carve.contracts.inventory.StockLine;
import dev.carve.contracts.payments.AuthorizePayment;
import dev.carve.contracts.payments.PaymentAuthorization;
import dev.carve.contracts.payments.PaymentGateway;
import dev.carve.kernel.Money;
import dev.carve.runtime.security.ServiceCredentials;
import dev.carve.runtime.security.ServiceTokens;
import dev.carve.shop.catalog.internal.ProductCatalog;
import dev.carve.shop.inventory.internal.StockKeeping;
import dev.carve.shop.payments.internal.PaymentRequests;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.http.MediaType;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * One call of a gateway method, per mode: the module's own use-case bean behind its
 * gateway called directly ({@code *Direct}), the in-process gateway, the gateway over
 * gRPC and over HTTP; and the transports bare, with a payload about the size of a reserve
 * request: a grpc-java echo and a pooled {@link RestClient} call to a plain endpoint of
 * the provider. {@code *HttpPlain}: the same pooled {@link RestClient} posting the
 * gateway's own request to the provider's gateway endpoint with a service credential, so
 * that the provider does the same work as for {@code *Http} and the difference is what
 * the gateway's client side adds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GatewayBenchmarks {

	/** About the size of a reserve request as protobuf or JSON. */
	private static final int PAYLOAD_BYTES = 96;

	private static final Money PRICE = Money.of("12.50", "EUR");

	private StockKeeping inventoryDirect;

	private InventoryGateway inventoryInProcess;

	private InventoryGateway inventoryGrpc;

	private InventoryGateway inventoryHttp;

	private PaymentRequests paymentsDirect;

	private PaymentGateway paymentsInProcess;

	private PaymentGateway paymentsGrpc;

	private PaymentGateway paymentsHttp;

	private ProductCatalog catalogDirect;

	private CatalogGateway catalogInProcess;

	private CatalogGateway catalogGrpc;

	private CatalogGateway catalogHttp;

	private GrpcEcho grpcEcho;

	private RestClient restClient;

	private byte[] payload;

	private Map<String, Object> jsonPayload;

	private String catalogCredential;

	private String inventoryCredential;

	@Setup(Level.Trial)
	public void start() throws IOException {
		Shop shop = Shop.get();
		this.inventoryDirect = shop.providerContext().getBean(StockKeeping.class);
		this.paymentsDirect = shop.providerContext().getBean(PaymentRequests.class);
		this.catalogDirect = shop.providerContext().getBean(ProductCatalog.class);
		this.inventoryInProcess = Shop.inventory(shop.provider);
		this.paymentsInProcess = Shop.payments(shop.provider);
		this.catalogInProcess = Shop.catalog(shop.provider);
		this.inventoryGrpc = Shop.inventory(shop.overGrpc);
		this.paymentsGrpc = Shop.payments(shop.overGrpc);
		this.catalogGrpc = Shop.catalog(shop.overGrpc);
		this.inventoryHttp = Shop.inventory(shop.overHttp);
		this.paymentsHttp = Shop.payments(shop.overHttp);
		this.catalogHttp = Shop.catalog(shop.overHttp);
		this.grpcEcho = new GrpcEcho();
		this.restClient = RestClient.builder()
			.baseUrl(shop.provider.httpUrl())
			.requestFactory(new HttpComponentsClientHttpRequestFactory())
			.build();
		this.payload = new byte[PAYLOAD_BYTES];
		this.jsonPayload = Map.of("orderId", UUID.randomUUID().toString(), "lines",
				List.of(Map.of("sku", Shop.SKU, "quantity", 1)));
		ServiceCredentials credentials = shop.overHttp.context().getBean(ServiceCredentials.class);
		this.catalogCredential = "Bearer " + credentials.tokenFor("catalog");
		this.inventoryCredential = "Bearer " + credentials.tokenFor("inventory");
	}

	@TearDown(Level.Trial)
	public void stop() throws InterruptedException {
		this.grpcEcho.close();
	}

	@Benchmark
	public Reservation reserveDirect() {
		return this.inventoryDirect.reserve(reserve());
	}

	@Benchmark
	public Reservation reserveInProcess() {
		return this.inventoryInProcess.reserve(reserve());
	}

	@Benchmark
	public Reservation reserveGrpc() {
		return this.inventoryGrpc.reserve(reserve());
	}

	@Benchmark
	public Reservation reserveHttp() {
		return this.inventoryHttp.reserve(reserve());
	}

	@Benchmark
	public PaymentAuthorization authorizeDirect() {
		return this.paymentsDirect.authorize(authorize());
	}

	@Benchmark
	public PaymentAuthorization authorizeInProcess() {
		return this.paymentsInProcess.authorize(authorize());
	}

	@Benchmark
	public PaymentAuthorization authorizeGrpc() {
		return this.paymentsGrpc.authorize(authorize());
	}

	@Benchmark
	public PaymentAuthorization authorizeHttp() {
		return this.paymentsHttp.authorize(authorize());
	}

	@Benchmark
	public PriceQuote quoteDirect() {
		return this.catalogDirect.quote(List.of(Shop.SKU));
	}

	@Benchmark
	public PriceQuote quoteInProcess() {
		return this.catalogInProcess.quote(List.of(Shop.SKU));
	}

	@Benchmark
	public PriceQuote quoteGrpc() {
		return this.catalogGrpc.quote(List.of(Shop.SKU));
	}

	@Benchmark
	public PriceQuote quoteHttp() {
		return this.catalogHttp.quote(List.of(Shop.SKU));
	}

	@Benchmark
	public Object quoteHttpPlain() {
		return this.restClient.post()
			.uri("/internal/v1/catalog/quotes")
			.header(ServiceTokens.HEADER, this.catalogCredential)
			.contentType(MediaType.APPLICATION_JSON)
			.body(List.of(Shop.SKU))
			.retrieve()
			.body(Map.class);
	}

	@Benchmark
	public Object reserveHttpPlain() {
		return this.restClient.post()
			.uri("/internal/v1/inventory/reservations")
			.header(ServiceTokens.HEADER, this.inventoryCredential)
			.contentType(MediaType.APPLICATION_JSON)
			.body(reserve())
			.retrieve()
			.body(Map.class);
	}

	@Benchmark
	public byte[] echoGrpc() {
		return this.grpcEcho.call(this.payload);
	}

	@Benchmark
	public Object echoHttp() {
		return this.restClient.post()
			.uri(GatewaysApplication.ECHO_PATH)
			.contentType(MediaType.APPLICATION_JSON)
			.body(this.jsonPayload)
			.retrieve()
			.body(Map.class);
	}

	private static ReserveStock reserve() {
		return new ReserveStock(UUID.randomUUID(), List.of(new StockLine(Shop.SKU, 1)));
	}

	private static AuthorizePayment authorize() {
		return new AuthorizePayment(UUID.randomUUID(), UUID.randomUUID(), PRICE);
	}

}
