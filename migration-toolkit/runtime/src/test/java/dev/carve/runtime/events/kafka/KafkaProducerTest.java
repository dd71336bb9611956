package dev.carve.runtime.events.kafka;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.carve.runtime.RuntimeTestApplication;
import dev.carve.testkit.WithKafka;
import dev.carve.testkit.WithPostgres;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The sample module publishing over the test JVM's Kafka broker, with timeouts short
 * enough to see an outage within a test. Test classes with it share one context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
@SpringBootTest(classes = RuntimeTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "carve.events.kafka.producer.send-timeout=2s", "carve.events.relay.max-pause=500ms",
				"carve.events.relay.batch-size=10", "spring.application.name=sample-producer" })
@WithPostgres
@WithKafka
public @interface KafkaProducerTest {

}
