package dev.carve.k8s.check;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every overlay under {@code k8s/overlays} renders and passes the check.
 */
class OverlaysTests {

	@Test
	void monolithOverlayRendersOneDeploymentWithItsDatabaseAndPasses() throws Exception {
		List<Manifest> manifests = Overlays.render("monolith");

		assertThat(ids(manifests)).contains("Deployment/monolith", "Cluster/monolith-db", "Service/monolith",
				"HorizontalPodAutoscaler/monolith", "PodDisruptionBudget/monolith", "NetworkPolicy/monolith");
		assertThat(manifests).filteredOn((manifest) -> manifest.kind().equals("Deployment")).hasSize(1);
		assertThat(Overlays.check().problems(manifests)).isEmpty();
	}

	@Test
	void mixedOverlayRendersTheServicesKafkaAndADatabaseEachAndPasses() throws Exception {
		List<Manifest> manifests = Overlays.render("mixed");

		assertThat(ids(manifests)).contains("Deployment/monolith", "Deployment/inventory-service",
				"Deployment/payments-service", "Cluster/monolith-db", "Cluster/inventory-db", "Cluster/payments-db",
				"Kafka/carve", "KafkaNodePool/dual-role", "KafkaTopic/carve-orders-order-confirmed",
				"NetworkPolicy/inventory-service", "NetworkPolicy/payments-service");
		assertThat(Overlays.check().problems(manifests)).isEmpty();
	}

	@Test
	void moveOverlayAddsTheMoveJobToTheMixedTopologyAndPasses() throws Exception {
		List<Manifest> manifests = Overlays.render("mixed-move-inventory");

		assertThat(ids(manifests)).contains("Job/move-inventory", "Deployment/inventory-service", "Cluster/monolith-db",
				"Cluster/inventory-db", "Kafka/carve");
		assertThat(Overlays.check().problems(manifests)).isEmpty();
	}

	private static List<String> ids(List<Manifest> manifests) {
		return manifests.stream().map(Manifest::id).toList();
	}

}
