package dev.carve.k8s.check;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.gson.JsonParseException;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

/**
 * The core kinds Carve's manifests use, checked against the Kubernetes API model of the
 * official Java client: an unknown field, a missing required field or a value of the
 * wrong type is a problem.
 */
final class CoreSchemas {

	private record Kind(String apiVersion, Class<?> model) {
	}

	private static final Map<String, Kind> KINDS = Map.of("ConfigMap", new Kind("v1", V1ConfigMap.class), "Secret",
			new Kind("v1", V1Secret.class), "Service", new Kind("v1", V1Service.class), "ServiceAccount",
			new Kind("v1", V1ServiceAccount.class), "Deployment", new Kind("apps/v1", V1Deployment.class), "Job",
			new Kind("batch/v1", V1Job.class), "HorizontalPodAutoscaler",
			new Kind("autoscaling/v2", V2HorizontalPodAutoscaler.class), "PodDisruptionBudget",
			new Kind("policy/v1", V1PodDisruptionBudget.class), "NetworkPolicy",
			new Kind("networking.k8s.io/v1", V1NetworkPolicy.class));

	private CoreSchemas() {
	}

	/** Whether the kind is one of the core kinds checked here. */
	static boolean covers(Manifest manifest) {
		return KINDS.containsKey(manifest.kind());
	}

	/**
	 * The first problem of a core object, if it has one.
	 * @param manifest an object whose kind {@link #covers(Manifest) is covered}
	 * @return the problem, naming the object
	 */
	static Optional<String> problem(Manifest manifest) {
		Kind kind = KINDS.get(manifest.kind());
		if (!kind.apiVersion().equals(manifest.apiVersion())) {
			return Optional
				.of(manifest.id() + ": apiVersion " + manifest.apiVersion() + " is not " + kind.apiVersion());
		}
		try {
			kind.model()
				.getMethod("validateJsonElement", com.google.gson.JsonElement.class)
				.invoke(null, manifest.json());
			JSON.getGson().fromJson(manifest.json(), kind.model());
			return Optional.empty();
		}
		catch (InvocationTargetException ex) {
			return Optional.of(manifest.id() + ": " + firstLine(ex.getCause().getMessage()));
		}
		catch (JsonParseException | IllegalArgumentException | IllegalStateException ex) {
			return Optional.of(manifest.id() + ": " + firstLine(ex.getMessage()));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String firstLine(String message) {
		return List.of(String.valueOf(message).split("\n")).getFirst();
	}

}
