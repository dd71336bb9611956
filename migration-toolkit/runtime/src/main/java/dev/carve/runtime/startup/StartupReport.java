package dev.carve.runtime.startup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.carve.runtime.module.ModuleDefinition;
import dev.carve.runtime.module.ModuleMode;
import dev.carve.runtime.module.ModuleModes;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Says in one line, once the application is ready, where it listens, where its API docs
 * are, where each module runs (in this process, or elsewhere with transport and URL),
 * whether events go over Kafka and to which brokers, and which database is in use.
 */
class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(StartupReport.class);

	private final ObjectProvider<ModuleDefinition> modules;

	private final Environment environment;

	private final DatabaseDescription database;

	StartupReport(ObjectProvider<ModuleDefinition> modules, Environment environment, DatabaseDescription database) {
		this.modules = modules;
		this.environment = environment;
		this.database = database;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		logger.info(line("http://localhost:" + web.getWebServer().getPort()));
	}

	/**
	 * The report.
	 * @param base the URL this process serves HTTP at
	 * @return one line
	 */
	String line(String base) {
		return "Carve is up at " + base + " | API docs " + base + "/swagger-ui.html | health " + base
				+ "/actuator/health | modules: " + String.join(", ", modules()) + " | Kafka " + kafka() + " | database "
				+ this.database.describe();
	}

	private List<String> modules() {
		Map<String, String> where = new TreeMap<>();
		Binder.get(this.environment)
			.bind("carve.modules", Bindable.mapOf(String.class, Object.class))
			.ifBound((settings) -> settings.keySet().forEach((name) -> remote(name, where)));
		this.modules.orderedStream().forEach((module) -> where.put(module.name(), "in-process"));
		List<String> described = new ArrayList<>();
		where.forEach((name, place) -> described.add(name + " " + place));
		return described;
	}

	private void remote(String name, Map<String, String> where) {
		ModuleMode mode = ModuleModes.modeOf(name, this.environment);
		if (mode != ModuleMode.IN_PROCESS) {
			String transport = (mode == ModuleMode.GRPC) ? "gRPC" : "HTTP";
			where.put(name, "remote over " + transport + " at "
					+ this.environment.getProperty("carve.modules." + name + ".url", "(no url)"));
		}
	}

	private String kafka() {
		if (!this.environment.getProperty("carve.events.kafka.enabled", Boolean.class, false)) {
			return "off";
		}
		return "on at " + this.environment.getProperty("spring.kafka.bootstrap-servers", "localhost:9092");
	}

}
