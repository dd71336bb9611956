package dev.carve.shop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.modulith.Modulithic;

/**
 * The one jar: every module of the shop in one process.
 *
 * <p>
 * There is deliberately no component scan: each module's beans come only from its own
 * configuration, which is active only while the module's mode is {@code in-process}.
 * Flipping {@code carve.modules.<module>.mode} therefore removes the module from this
 * process entirely.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Modulithic(systemName = "Carve shop")
public class CarveApplication {

	public static void main(String[] args) {
		SpringApplication.run(CarveApplication.class, args);
	}

}
