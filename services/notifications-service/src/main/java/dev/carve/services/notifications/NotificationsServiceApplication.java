package dev.carve.services.notifications;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The notifications module as a service of its own.
 *
 * <p>
 * There is deliberately no component scan: the module's beans come only from its own
 * auto-configuration, exactly as in the monolith, so this process runs the same module
 * artifact and nothing else.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class NotificationsServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(NotificationsServiceApplication.class, args);
	}

}
