package dev.carve.k8s.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image build ({@code -Pimages}) makes an image for exactly the deployables that
 * {@code k8s/images.properties} names, the file both it and the check take the names
 * from.
 */
class ImageNamesTests {

	private static final Pattern DEPLOYABLE = Pattern.compile("<carve\\.deployable>([^<$]+)</carve\\.deployable>");

	private static final Pattern ARTIFACT = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>");

	@Test
	void everyImageOfTheListIsBuiltAndEveryBuiltImageIsListed() throws IOException {
		assertThat(built()).isEqualTo(Overlays.project().images().keySet());
	}

	/**
	 * The deployables whose poms switch the image build on: each names itself with
	 * {@code carve.deployable}, or is a service, which services/pom.xml names by its
	 * artifact id.
	 */
	private static Set<String> built() throws IOException {
		Path root = Overlays.project().root();
		Set<String> deployables = new TreeSet<>();
		try (Stream<Path> poms = Stream.of("monolith", "services", "migration-toolkit")
			.flatMap((directory) -> walk(root.resolve(directory)))) {
			for (Path pom : poms.filter((file) -> file.getFileName().toString().equals("pom.xml")).toList()) {
				String text = Files.readString(pom);
				if (text.contains("<carve.image.skip>false</carve.image.skip>")) {
					Matcher name = DEPLOYABLE.matcher(text);
					Matcher artifact = ARTIFACT.matcher(text);
					deployables.add(name.find() ? name.group(1) : artifact.find() ? artifact.group(1) : pom.toString());
				}
			}
		}
		return deployables;
	}

	private static Stream<Path> walk(Path directory) {
		try {
			return Files.walk(directory, 3).filter((path) -> !path.toString().contains("/target/"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
