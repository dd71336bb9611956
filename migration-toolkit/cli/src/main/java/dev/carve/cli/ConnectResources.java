package dev.carve.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A module's move as Strimzi resources ({@code kafka.strimzi.io/v1}) for Kafka Connect: a
 * {@code KafkaConnect} cluster that builds an image with Debezium's PostgreSQL source and
 * JDBC sink connectors, one connector of each, and a README of what an operator must
 * know. Passwords are never written: the connectors read them from the environment of the
 * Connect pods, which takes them from a Secret the operator creates.
 *
 * @param module the module, also its schema
 * @param source the source database
 * @param target the target database
 * @param bootstrap the Kafka cluster's bootstrap address as the Connect pods reach it
 * @param image the image Strimzi builds with the connectors and pushes
 */
record ConnectResources(String module, Database source, Database target, String bootstrap, String image) {

	/** The Debezium release of both connectors: the newest with a JDBC sink served. */
	static final String DEBEZIUM = "3.4.3.Final";

	/** The files written, in the order to apply them. */
	static final List<String> FILES = List.of("kafka-connect.yaml", "source-connector.yaml", "sink-connector.yaml",
			"README.md");

	/**
	 * Writes the resources and the README into a directory, creating it.
	 * @return the files written
	 */
	List<Path> write(Path directory) throws IOException {
		url(this.source);
		url(this.target);
		Files.createDirectories(directory);
		YAMLMapper yaml = YAMLMapper.builder().build();
		Files.writeString(directory.resolve(FILES.get(0)), yaml.writeValueAsString(connect()));
		Files.writeString(directory.resolve(FILES.get(1)), yaml.writeValueAsString(sourceConnector()));
		Files.writeString(directory.resolve(FILES.get(2)), yaml.writeValueAsString(sinkConnector()));
		try (InputStream notes = ConnectResources.class.getResourceAsStream("connect-readme.md")) {
			String readme = new String(notes.readAllBytes(), StandardCharsets.UTF_8).replace("{module}", this.module)
				.replace("{cluster}", cluster())
				.replace("{secret}", secret());
			Files.writeString(directory.resolve(FILES.get(3)), readme);
		}
		return FILES.stream().map(directory::resolve).toList();
	}

	private String cluster() {
		return "carve-" + this.module.replace('_', '-') + "-move";
	}

	private String secret() {
		return cluster();
	}

	private Map<String, Object> connect() {
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("replicas", 1);
		spec.put("bootstrapServers", this.bootstrap);
		spec.put("groupId", cluster());
		spec.put("configStorageTopic", cluster() + "-configs");
		spec.put("offsetStorageTopic", cluster() + "-offsets");
		spec.put("statusStorageTopic", cluster() + "-status");
		spec.put("config", Map.of("config.providers", "env", "config.providers.env.class",
				"org.apache.kafka.common.config.provider.EnvVarConfigProvider"));
		spec.put("build",
				Map.of("output", Map.of("type", "docker", "image", this.image), "plugins",
						List.of(plugin("debezium-postgres", "debezium-connector-postgres"),
								plugin("debezium-jdbc", "debezium-connector-jdbc"))));
		spec.put("template",
				Map.of("connectContainer", Map.of("env", List.of(secretEnv("CARVE_SOURCE_PASSWORD", "source-password"),
						secretEnv("CARVE_TARGET_PASSWORD", "target-password")))));
		return resource("KafkaConnect", cluster(), Map.of(), spec);
	}

	private Map<String, Object> sourceConnector() {
		URI url = url(this.source);
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("database.hostname", url.getHost());
		config.put("database.port", (url.getPort() > 0) ? url.getPort() : 5432);
		config.put("database.dbname", url.getPath().substring(1));
		config.put("database.user", (this.source.user() != null) ? this.source.user() : "postgres");
		config.put("database.password", "${env:CARVE_SOURCE_PASSWORD}");
		config.put("plugin.name", "pgoutput");
		config.put("slot.name", "carve_" + this.module + "_connect");
		config.put("publication.name", "carve_" + this.module + "_connect");
		config.put("publication.autocreate.mode", "filtered");
		config.put("schema.include.list", this.module);
		config.put("table.exclude.list", this.module + ".databasechangelog," + this.module + ".databasechangeloglock");
		config.put("topic.prefix", "carve-connect");
		config.put("snapshot.mode", "initial");
		return connector("source", "io.debezium.connector.postgresql.PostgresConnector", config);
	}

	private Map<String, Object> sinkConnector() {
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("connection.url", this.target.url());
		config.put("connection.username", (this.target.user() != null) ? this.target.user() : "postgres");
		config.put("connection.password", "${env:CARVE_TARGET_PASSWORD}");
		config.put("topics.regex", "carve-connect\\." + this.module + "\\..*");
		config.put("collection.name.format", this.module + ".${source.table}");
		config.put("insert.mode", "upsert");
		config.put("delete.enabled", true);
		config.put("primary.key.mode", "record_key");
		config.put("schema.evolution", "none");
		return connector("sink", "io.debezium.connector.jdbc.JdbcSinkConnector", config);
	}

	private Map<String, Object> connector(String role, String type, Map<String, Object> config) {
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("class", type);
		spec.put("tasksMax", 1);
		spec.put("config", config);
		return resource("KafkaConnector", cluster() + "-" + role, Map.of("strimzi.io/cluster", cluster()), spec);
	}

	private static Map<String, Object> plugin(String name, String artifact) {
		return Map.of("name", name, "artifacts",
				List.of(Map.of("type", "maven", "group", "io.debezium", "artifact", artifact, "version", DEBEZIUM)));
	}

	private Map<String, Object> secretEnv(String variable, String key) {
		return Map.of("name", variable, "valueFrom", Map.of("secretKeyRef", Map.of("name", secret(), "key", key)));
	}

	private Map<String, Object> resource(String kind, String name, Map<String, String> labels,
			Map<String, Object> spec) {
		Map<String, String> allLabels = new LinkedHashMap<>();
		allLabels.put("app.kubernetes.io/part-of", "carve");
		allLabels.put("app.kubernetes.io/component", this.module);
		allLabels.putAll(labels);
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("name", name);
		metadata.put("labels", allLabels);
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("apiVersion", "kafka.strimzi.io/v1");
		resource.put("kind", kind);
		resource.put("metadata", metadata);
		resource.put("spec", spec);
		return resource;
	}

	/**
	 * The host, port and database of a JDBC URL.
	 * @throws CarveException {@link Carve#USAGE} for a URL with several hosts or none, or
	 * with a password in it
	 */
	private static URI url(Database database) {
		if (!database.url().equals(database.safeUrl())) {
			throw CarveException.usage("--emit-connect writes the " + database.role() + " URL into a resource: take"
					+ " the password out of it; the connectors read passwords from a Secret");
		}
		URI url = URI.create(database.url().substring("jdbc:".length()));
		if (url.getHost() == null || url.getPath() == null || url.getPath().length() < 2) {
			throw CarveException.usage("--emit-connect needs a --" + database.role()
					+ " URL with one host and a database, such as jdbc:postgresql://db:5432/shop, not "
					+ database.safeUrl());
		}
		return url;
	}

}
