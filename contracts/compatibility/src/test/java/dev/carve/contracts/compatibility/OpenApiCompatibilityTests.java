package dev.carve.contracts.compatibility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI half of the gate, run on edited copies of the catalog contract's OpenAPI
 * file.
 */
class OpenApiCompatibilityTests {

	private static final Path CATALOG = Path.of(System.getProperty("carve.contracts.directory"),
			"catalog-contract/src/main/openapi/catalog.yaml");

	private static final String PRODUCT = "/api/v1/catalog/products/{sku}";

	private static final YAMLMapper yaml = new YAMLMapper();

	@TempDir
	Path directory;

	private ObjectNode api;

	@BeforeEach
	void releaseTheCatalogApi() throws IOException {
		Files.copy(CATALOG, Files.createDirectories(this.directory.resolve("baseline")).resolve("catalog.yaml"));
		this.api = (ObjectNode) yaml.readTree(CATALOG.toFile());
	}

	@Test
	void removedPathIsIncompatible() throws IOException {
		paths().remove(PRODUCT);
		assertThat(check().breaks()).singleElement().asString().contains("catalog.yaml").contains(PRODUCT);
	}

	@Test
	void optionalRequestFieldMadeRequiredIsIncompatible() throws IOException {
		((ArrayNode) schema("ProductChange").get("required")).add("active");
		assertThat(check().breaks()).singleElement()
			.asString()
			.contains("catalog.yaml")
			.contains("`PUT` " + PRODUCT)
			.contains("New required properties:\n- `active`");
	}

	@Test
	void changedPropertyTypeIsIncompatible() throws IOException {
		((ObjectNode) schema("ProductView").get("properties").get("name")).put("type", "integer");
		assertThat(check().breaks()).singleElement()
			.asString()
			.contains("`GET` " + PRODUCT)
			.contains("Changed property `name` (string -> integer)");
	}

	@Test
	void addedOptionalFieldAndNewPathAreCompatible() throws IOException {
		((ObjectNode) schema("ProductChange").get("properties")).putObject("description").put("type", "string");
		paths().set("/api/v1/catalog/categories", paths().get("/api/v1/catalog/products").deepCopy());
		Report report = check();
		assertThat(report.compatible()).isTrue();
		assertThat(report.notes()).containsExactly("openapi: catalog.yaml is compatible with the baseline");
	}

	@Test
	void newMajorVersionIsNotCompared() throws IOException {
		((ObjectNode) this.api.get("info")).put("version", "v2");
		paths().remove(PRODUCT);
		Report report = check();
		assertThat(report.compatible()).isTrue();
		assertThat(report.notes()).singleElement().asString().contains("major version 2 after 1");
	}

	private Report check() throws IOException {
		Path current = Files.createDirectories(this.directory.resolve("current"));
		yaml.writeValue(current.resolve("catalog.yaml").toFile(), this.api);
		return OpenApiCompatibility.check(current, this.directory.resolve("baseline"));
	}

	private ObjectNode paths() {
		return (ObjectNode) this.api.get("paths");
	}

	private ObjectNode schema(String name) {
		return (ObjectNode) this.api.get("components").get("schemas").get(name);
	}

}
