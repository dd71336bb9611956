package dev.carve.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code carve move --emit-connect}: what it writes. Kubernetes' and Strimzi's schemas
 * check the resources in k8s/check ({@code EmittedConnectResourcesTests}).
 */
class EmitConnectTests {

	@TempDir
	Path directory;

	@Test
	void writesTheMoveAsStrimziResourcesWithOperatorNotesAndNoPassword() throws Exception {
		Path out = this.directory.resolve("connect");
		CarveCli.Result result = CarveCli.run("move", "inventory", "--emit-connect", out.toString(), "--source",
				"jdbc:postgresql://shop-db:5432/shop", "--source-user", "shop", "--source-password", "s3cret",
				"--target", "jdbc:postgresql://inventory-db/inventory", "--kafka", "carve-kafka-bootstrap:9092");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.DONE);
		assertThat(result.out()).contains("wrote the move of inventory as Strimzi resources:")
			.contains(out.resolve("kafka-connect.yaml").toString())
			.contains("read " + out.resolve("README.md"));
		assertThat(Files.readString(out.resolve("kafka-connect.yaml"))).contains("kind: \"KafkaConnect\"")
			.contains("bootstrapServers: \"carve-kafka-bootstrap:9092\"")
			.contains("artifact: \"debezium-connector-postgres\"")
			.contains("image: \"carve-connect-inventory:latest\"");
		assertThat(Files.readString(out.resolve("source-connector.yaml")))
			.contains("class: \"io.debezium.connector.postgresql.PostgresConnector\"")
			.contains("database.hostname: \"shop-db\"")
			.contains("database.user: \"shop\"")
			.contains("schema.include.list: \"inventory\"")
			.contains("database.password: \"${env:CARVE_SOURCE_PASSWORD}\"");
		assertThat(Files.readString(out.resolve("sink-connector.yaml")))
			.contains("connection.url: \"jdbc:postgresql://inventory-db/inventory\"")
			.contains("collection.name.format: \"inventory.${source.table}\"");
		assertThat(Files.readString(out.resolve("README.md")))
			.contains("Run `carve verify inventory` before any cutover")
			.contains("What this does not guarantee that `carve move` does")
			.contains("kubectl create secret generic carve-inventory-move");
		for (String file : ConnectResources.FILES) {
			assertThat(Files.readString(out.resolve(file))).as(file).doesNotContain("s3cret");
		}
	}

	@Test
	void refusesToWriteAPasswordThatIsInAUrl() {
		CarveCli.Result result = CarveCli.run("move", "inventory", "--emit-connect",
				this.directory.resolve("connect").toString(), "--source",
				"jdbc:postgresql://shop-db:5432/shop?password=s3cret", "--target",
				"jdbc:postgresql://inventory-db/inventory", "--kafka", "carve-kafka-bootstrap:9092");
		assertThat(result.exitCode()).as(result.toString()).isEqualTo(Carve.USAGE);
		assertThat(result.err()).contains("take the password out of it");
		assertThat(this.directory.resolve("connect")).doesNotExist();
	}

}
