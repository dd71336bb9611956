package dev.carve.runtime.events.kafka;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.carve.testkit.TestKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The topics the sample module's events go to, as the process creates them on the test
 * JVM's broker.
 */
@KafkaProducerTest
class EventTopicsIntegrationTests {

	@Test
	void theTopicsKeepWhatTheProducerWroteWhateverTheBrokersDefaultCompression() throws Exception {
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.shared().bootstrapServers()))) {
			ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, EventsOverKafkaIntegrationTests.TOPIC);
			Config config = admin.describeConfigs(List.of(topic)).all().get(10, TimeUnit.SECONDS).get(topic);

			assertThat(config.get(TopicConfig.COMPRESSION_TYPE_CONFIG).value()).isEqualTo("producer");
			assertThat(config.get(TopicConfig.COMPRESSION_TYPE_CONFIG).source())
				.isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
		}
	}

}
