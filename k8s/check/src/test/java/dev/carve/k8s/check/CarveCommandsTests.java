package dev.carve.k8s.check;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The move Job runs the carve command the way the command accepts: each test breaks one
 * thing in the rendered overlay {@code mixed-move-inventory} and expects the problem the
 * check reports.
 */
class CarveCommandsTests {

	private List<Manifest> manifests;

	@BeforeEach
	void render() throws Exception {
		this.manifests = Overlays.render("mixed-move-inventory");
	}

	@Test
	void misspeltVariableOfTheCommandIsReported() throws Exception {
		JsonObject data = Overlays.find(this.manifests, "ConfigMap", "move-inventory-config")
			.json()
			.getAsJsonObject("data");
		data.add("CARVE_SOURCE_URI", data.remove("CARVE_SOURCE_URL"));

		String variables = " reads [CARVE_KAFKA, CARVE_SOURCE_PASSWORD, CARVE_SOURCE_URL, CARVE_SOURCE_USER,"
				+ " CARVE_TARGET_PASSWORD, CARVE_TARGET_URL, CARVE_TARGET_USER]";
		assertThat(problems()).containsExactly(
				"Job/move-inventory: CARVE_SOURCE_URI is no variable carve plan" + variables,
				"Job/move-inventory: CARVE_SOURCE_URI is no variable carve move" + variables);
	}

	@Test
	void optionTheCommandDoesNotKnowIsReported() throws Exception {
		JsonArray args = container("move").getAsJsonArray("args");
		args.set(2, new JsonPrimitive("--exit-when-caught"));

		assertThat(problems()).containsExactly("Job/move-inventory: carve move has no option --exit-when-caught");
	}

	@Test
	void commandTheCliDoesNotHaveIsReported() throws Exception {
		container("plan").getAsJsonArray("args").set(0, new JsonPrimitive("plans"));

		assertThat(problems()).containsExactly("Job/move-inventory: carve plans is not a carve command");
	}

	@Test
	void imageOfNoDeployableIsReported() throws Exception {
		container("plan").addProperty("image", "carve/carve:0.1.0");

		assertThat(problems())
			.containsExactly("Job/move-inventory: image carve/carve is none of the images in k8s/images.properties");
	}

	private JsonObject container(String name) {
		return new Workload(Overlays.find(this.manifests, "Job", "move-inventory")).containers()
			.stream()
			.filter((container) -> Manifest.text(container.get("name")).equals(name))
			.findFirst()
			.orElseThrow();
	}

	private List<String> problems() throws Exception {
		return Overlays.check().problems(this.manifests);
	}

}
