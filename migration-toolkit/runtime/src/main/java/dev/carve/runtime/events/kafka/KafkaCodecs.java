package dev.carve.runtime.events.kafka;

import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.jspecify.annotations.Nullable;

/**
 * Kafka's compression codecs that need a library besides Kafka's client: a deployable's
 * jar carries none of them (ADR 30). Carve's producers write uncompressed unless told
 * otherwise, and Carve creates its topics with {@code compression.type=producer}, so that
 * no broker default compresses what they hold. A producer told to compress with a codec
 * whose library is missing would fail on every send; it stops the start instead.
 */
final class KafkaCodecs {

	/** Each codec that needs a library of its own, by its {@code compression.type}. */
	private static final Map<String, Library> LIBRARIES = Map.of("zstd",
			new Library("com.github.luben.zstd.Zstd", "com.github.luben:zstd-jni"), "snappy",
			new Library("org.xerial.snappy.Snappy", "org.xerial.snappy:snappy-java"), "lz4",
			new Library("net.jpountz.lz4.LZ4Factory", "at.yawk.lz4:lz4-java"));

	private KafkaCodecs() {
	}

	/**
	 * Refuses a producer configuration whose compression needs a library that is missing.
	 * @param producerConfig the producer's configuration
	 * @param classLoader where the codec's library would be
	 * @throws IllegalStateException naming the setting, the codec and the library to add
	 */
	static void requireAvailable(Map<String, Object> producerConfig, ClassLoader classLoader) {
		String codec = codec(producerConfig.get(ProducerConfig.COMPRESSION_TYPE_CONFIG));
		Library library = (codec != null) ? LIBRARIES.get(codec) : null;
		if (library == null || loads(library.className(), classLoader)) {
			return;
		}
		throw new IllegalStateException("Kafka producers are told to compress with " + codec
				+ " (spring.kafka.producer.compression-type), but " + library.artifact() + " is not on the class path:"
				+ " this deployable's jar leaves Kafka's native codecs out. Add that library to the deployable, or"
				+ " use gzip (built into the JDK) or none.");
	}

	private static @Nullable String codec(@Nullable Object compressionType) {
		return (compressionType != null) ? compressionType.toString().strip().toLowerCase(Locale.ROOT) : null;
	}

	private static boolean loads(String className, ClassLoader classLoader) {
		try {
			Class.forName(className, false, classLoader);
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * A codec's library.
	 *
	 * @param className a class that loads when the library is there
	 * @param artifact its Maven coordinates, {@code group:artifact}
	 */
	private record Library(String className, String artifact) {
	}

}
