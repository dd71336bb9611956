package dev.carve.runtime.events.kafka;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A deployable's jar has no native Kafka codecs: a producer told to use one stops the
 * start with what to do, instead of failing every send.
 */
class KafkaCodecsTests {

	private static final ClassLoader WITHOUT_CODECS = new URLClassLoader(new URL[0], null);

	@Test
	void aCodecWhoseLibraryIsMissingStopsTheStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> KafkaCodecs.requireAvailable(compression(" ZSTD"), WITHOUT_CODECS))
			.withMessageContaining("compress with zstd")
			.withMessageContaining("spring.kafka.producer.compression-type")
			.withMessageContaining("com.github.luben:zstd-jni")
			.withMessageContaining("gzip");
		assertThatIllegalStateException()
			.isThrownBy(() -> KafkaCodecs.requireAvailable(compression("snappy"), WITHOUT_CODECS))
			.withMessageContaining("org.xerial.snappy:snappy-java");
		assertThatIllegalStateException()
			.isThrownBy(() -> KafkaCodecs.requireAvailable(compression("lz4"), WITHOUT_CODECS))
			.withMessageContaining("at.yawk.lz4:lz4-java");
	}

	@Test
	void noCompressionGzipOrAPresentLibraryPass() {
		assertThatNoException().isThrownBy(() -> {
			KafkaCodecs.requireAvailable(Map.of(), WITHOUT_CODECS);
			KafkaCodecs.requireAvailable(compression("none"), WITHOUT_CODECS);
			KafkaCodecs.requireAvailable(compression("gzip"), WITHOUT_CODECS);
		});
		ClassLoader testClassPath = KafkaCodecsTests.class.getClassLoader();
		assertThat(testClassPath.getResource("com/github/luben/zstd/Zstd.class"))
			.as("the test class path has zstd through the test broker")
			.isNotNull();
		assertThatNoException().isThrownBy(() -> KafkaCodecs.requireAvailable(compression("zstd"), testClassPath));
	}

	private static Map<String, Object> compression(String codec) {
		return Map.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, codec);
	}

}
