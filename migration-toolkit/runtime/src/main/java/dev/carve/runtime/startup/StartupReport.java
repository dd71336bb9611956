package dev.carve.runtime.startup;

import dev.carve.runtime.module.ModuleDefinition;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * Says, once the application is ready, where it listens, where its API docs are, and
 * which modules run here.
 */
class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(StartupReport.class);

	private final ObjectProvider<ModuleDefinition> modules;

	StartupReport(ObjectProvider<ModuleDefinition> modules) {
		this.modules = modules;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		String base = "http://localhost:" + web.getWebServer().getPort();
		logger.info("Carve is up at " + base + " | API docs " + base + "/swagger-ui.html | health " + base
				+ "/actuator/health | modules in this process: "
				+ this.modules.orderedStream().map(ModuleDefinition::name).toList());
	}

}
