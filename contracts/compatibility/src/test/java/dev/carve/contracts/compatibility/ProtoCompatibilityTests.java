package dev.carve.contracts.compatibility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proto half of the gate, run with the buf the build installed on a copy of the
 * orders contract's protos.
 */
class ProtoCompatibilityTests {

	private static final Path ORDERS = Path.of(System.getProperty("carve.contracts.directory"),
			"orders-contract/src/main/proto");

	private static final Buf buf = new Buf(Path.of(System.getProperty("carve.buf.executable")));

	@TempDir
	Path directory;

	private Path baseline;

	private Path current;

	@BeforeEach
	void copyTheOrdersProtos() throws IOException {
		this.baseline = copy(ORDERS, this.directory.resolve("baseline"));
		this.current = copy(ORDERS, this.directory.resolve("current"));
	}

	@Test
	void deletedFieldIsABreakingChange() throws Exception {
		edit("  string reason = 6;\n", "");
		Buf.Outcome outcome = buf.breaking(this.current, this.baseline);
		assertThat(outcome.exitCode()).isEqualTo(100);
		assertThat(outcome.output()).contains("orders/v1/orders.proto")
			.contains("field \"6\" with name \"reason\" on message \"OrderCancelled\" was deleted");
		assertThat(check().breaks()).singleElement().asString().contains("\"reason\"");
	}

	@Test
	void renamedRpcIsABreakingChange() throws Exception {
		edit("rpc FindStatus(", "rpc LookUpStatus(");
		Buf.Outcome outcome = buf.breaking(this.current, this.baseline);
		assertThat(outcome.exitCode()).isEqualTo(100);
		assertThat(outcome.output()).contains("RPC \"FindStatus\" on service \"OrderService\" was deleted");
		assertThat(check().compatible()).isFalse();
	}

	@Test
	void addedFieldIsCompatible() throws Exception {
		edit("  string reason = 6;\n", "  string reason = 6;\n  // Who cancelled it.\n  string cancelled_by = 8;\n");
		assertThat(buf.breaking(this.current, this.baseline).exitCode()).isZero();
		assertThat(check().compatible()).isTrue();
	}

	@Test
	void newMajorVersionReplacesTheReleasedOne() throws Exception {
		Path v1 = this.current.resolve("orders/v1/orders.proto");
		Path v2 = Files.createDirectories(this.current.resolve("orders/v2")).resolve("orders.proto");
		Files.writeString(v2,
				Files.readString(v1).replace("orders.v1", "orders.v2").replace("  string reason = 6;\n", ""));
		Files.delete(v1);
		Files.delete(v1.getParent());
		Report report = check();
		assertThat(report.compatible()).isTrue();
		assertThat(report.notes()).contains("proto: orders/v1 was replaced by a newer major version",
				"proto: orders/v2 is new, compared once released");
	}

	@Test
	void releasedVersionCannotBeRemovedWithoutANewerOne() throws Exception {
		Path v1 = this.current.resolve("orders/v1/orders.proto");
		Files.move(v1, v1.resolveSibling("order_service.proto"));
		assertThat(check().breaks()).singleElement()
			.asString()
			.contains("Previously present file \"orders/v1/orders.proto\" was deleted");
	}

	private Report check() throws Exception {
		return new ProtoCompatibility(buf).check(this.current, this.baseline);
	}

	private void edit(String text, String replacement) throws IOException {
		Path proto = this.current.resolve("orders/v1/orders.proto");
		String source = Files.readString(proto);
		assertThat(source).as("the orders proto").containsOnlyOnce(text);
		Files.writeString(proto, source.replace(text, replacement));
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = to.resolve(from.relativize(file));
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		return to;
	}

}
