package dev.carve.runtime;

import dev.carve.runtime.samplesink.SinkConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** An application of the sink module alone: the sample module runs in another process. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SinkConfiguration.class)
public class SinkTestApplication {

}
