package dev.carve.k8s.check;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check catches what would break a deployment: each test breaks one thing in the
 * rendered mixed overlay and expects the problem it reports.
 */
class ManifestCheckTests {

	private List<Manifest> manifests;

	@BeforeEach
	void render() throws Exception {
		this.manifests = Overlays.render("mixed");
	}

	@Test
	void serviceWhoseSelectorMatchesNoPodIsReported() throws Exception {
		JsonObject selector = service("inventory-service").spec().getAsJsonObject("selector");
		selector.addProperty("app.kubernetes.io/name", "inventory");

		assertThat(problems()).containsExactly(
				"Service/inventory-service: selector {app.kubernetes.io/name=inventory} matches the pods of no Deployment or Job");
	}

	@Test
	void deploymentWhoseSelectorMissesItsPodsIsReported() throws Exception {
		deployment("payments-service").spec()
			.getAsJsonObject("selector")
			.getAsJsonObject("matchLabels")
			.addProperty("app.kubernetes.io/name", "payment-service");

		assertThat(problems()).contains("Deployment/payments-service: selector {app.kubernetes.io/name=payment-service}"
				+ " does not match the labels of its pod template"
				+ " {app.kubernetes.io/component=payments, app.kubernetes.io/name=payments-service,"
				+ " app.kubernetes.io/part-of=carve}");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					CARVE_MODULES_INVENTRY_MODE | Deployment/monolith: CARVE_MODULES_INVENTRY_MODE names module 'inventry', which is not a module of the shop [catalog, identity, inventory, notifications, orders, payments]
					CARVE_MODULES_INVENTORY_MOOD | Deployment/monolith: CARVE_MODULES_INVENTORY_MOOD binds to no setting of carve.modules.inventory (mode, url, transport, api-url, route, fence.*, client.*)
					""")
	void misspeltModeVariableIsReported(String misspelt, String problem) throws Exception {
		JsonObject data = monolithConfig();
		data.add(misspelt, data.remove("CARVE_MODULES_INVENTORY_MODE"));

		assertThat(problems()).containsExactly(problem);
	}

	@Test
	void urlThatDoesNotFitTheModeIsReported() throws Exception {
		monolithConfig().addProperty("CARVE_MODULES_PAYMENTS_MODE", "grpc");

		assertThat(problems()).containsExactly("Deployment/monolith: carve.modules.payments.url"
				+ " 'http://payments-service:8080' does not fit mode grpc: expected host:port");
	}

	@Test
	void springVariableThatSetsNoPropertyIsReported() throws Exception {
		JsonObject data = monolithConfig();
		data.add("SPRING_KAFKA_BOOTSTRAPSERVER", data.remove("SPRING_KAFKA_BOOTSTRAPSERVERS"));

		assertThat(problems())
			.containsExactly("Deployment/monolith: SPRING_KAFKA_BOOTSTRAPSERVER sets no property monolith knows");
	}

	@Test
	void unknownAndMissingRequiredFieldsOfCoreObjectsAreReported() throws Exception {
		JsonObject container = container("monolith");
		container.getAsJsonObject("securityContext")
			.add("readOnlyRootFileSystem",
					container.getAsJsonObject("securityContext").remove("readOnlyRootFilesystem"));
		service("payments-service").spec().getAsJsonArray("ports").get(0).getAsJsonObject().remove("port");

		assertThat(problems()).contains(
				"Deployment/monolith: The field `readOnlyRootFileSystem` in the JSON string is not defined in the `V1SecurityContext` properties. JSON: {\"allowPrivilegeEscalation\":false,\"capabilities\":{\"drop\":[\"ALL\"]},\"readOnlyRootFileSystem\":true}",
				"Service/payments-service: The required field `port` is not found in the JSON string: {\"name\":\"http\",\"targetPort\":\"http\"}");
	}

	@Test
	void customResourcesAreCheckedAgainstTheirOperatorsSchemas() throws Exception {
		Overlays.find(this.manifests, "Kafka", "carve").spec().add("zookeeper", new JsonObject());
		Overlays.find(this.manifests, "Cluster", "inventory-db").spec().addProperty("instance", 1);

		assertThat(problems())
			.anySatisfy((problem) -> assertThat(problem).startsWith("Kafka/carve: ").contains("zookeeper"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("Cluster/inventory-db: ").contains("instance"));
	}

	@Test
	void secretThatNobodyCreatesIsReported() throws Exception {
		JsonArray env = container("inventory-service").getAsJsonArray("env");
		env.get(0)
			.getAsJsonObject()
			.getAsJsonObject("valueFrom")
			.getAsJsonObject("secretKeyRef")
			.addProperty("name", "inventory-app");

		assertThat(problems()).containsExactly("Deployment/inventory-service: reads Secret/inventory-app, which is"
				+ " neither rendered, nor created by an operator, nor listed in k8s/secrets.properties");
	}

	@Test
	void imageOtherThanTheDeployablesIsReported() throws Exception {
		container("payments-service").addProperty("image", "carve/payment-service:0.1.0");

		assertThat(problems()).containsExactly("Deployment/payments-service: image carve/payment-service is not"
				+ " carve/payments-service, the image of payments-service in k8s/images.properties");
	}

	@Test
	void probeOnAPathTheApplicationDoesNotServeIsReported() throws Exception {
		container("monolith").getAsJsonObject("readinessProbe")
			.getAsJsonObject("httpGet")
			.addProperty("path", "/actuator/health/ready");

		assertThat(problems()).containsExactly("Deployment/monolith: readinessProbe path /actuator/health/ready is"
				+ " none of the probes the application serves to anyone"
				+ " [/actuator/health/liveness, /actuator/health/readiness]");
	}

	private List<String> problems() throws Exception {
		return Overlays.check().problems(this.manifests);
	}

	private Manifest service(String name) {
		return Overlays.find(this.manifests, "Service", name);
	}

	private Manifest deployment(String name) {
		return Overlays.find(this.manifests, "Deployment", name);
	}

	private JsonObject container(String deployment) {
		return deployment(deployment).spec()
			.getAsJsonObject("template")
			.getAsJsonObject("spec")
			.getAsJsonArray("containers")
			.get(0)
			.getAsJsonObject();
	}

	private JsonObject monolithConfig() {
		return Overlays.find(this.manifests, "ConfigMap", "monolith-config").json().getAsJsonObject("data");
	}

}
