package dev.carve.contracts.compatibility;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The breaking-change gate the build runs in every contract module. It compares
 * {@code src/main/proto} with {@code src/baseline/proto} (buf) and
 * {@code src/main/openapi} with {@code src/baseline/openapi} (openapi-diff), and fails on
 * an incompatible change. To accept a deliberate one, update the baseline in the same
 * commit, or release a new major version.
 */
public final class ContractCompatibility {

	private ContractCompatibility() {
	}

	/**
	 * Checks one contract.
	 * @param args the contract module's directory and the buf executable
	 * @throws IllegalStateException if the contract breaks its baseline, naming each
	 * break
	 * @throws IOException if a file cannot be read
	 * @throws InterruptedException if interrupted while buf runs
	 */
	public static void main(String[] args) throws IOException, InterruptedException {
		if (args.length != 2) {
			throw new IllegalArgumentException("Usage: ContractCompatibility <contract directory> <buf executable>");
		}
		Path contract = Path.of(args[0]).toAbsolutePath().normalize();
		Report report = new ProtoCompatibility(new Buf(Path.of(args[1])))
			.check(contract.resolve("src/main/proto"), contract.resolve("src/baseline/proto"))
			.and(OpenApiCompatibility.check(contract.resolve("src/main/openapi"),
					contract.resolve("src/baseline/openapi")));
		report.notes().forEach((note) -> System.out.println(contract.getFileName() + ": " + note));
		if (!report.compatible()) {
			throw new IllegalStateException(contract.getFileName() + " breaks its released contract (src/baseline):\n\n"
					+ String.join("\n\n", report.breaks()) + "\n\nIf the change is deliberate, copy the changed files"
					+ " to src/baseline in the same commit, or release a new major version"
					+ " (the proto package in a new v2 directory, info.version v2).");
		}
	}

}
