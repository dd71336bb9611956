package dev.carve.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Connects a Spring test context to the test JVM's {@link TestKafka} broker and turns on
 * events over Kafka: sets {@code spring.kafka.bootstrap-servers} and
 * {@code carve.events.kafka.enabled=true}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
@Inherited
public @interface WithKafka {

}
