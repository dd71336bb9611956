package dev.carve.testkit;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Stops the {@link ModuleProcess}es a test JVM started once its tests are done, so that
 * none of them is still polling the database when the JVM's shutdown hooks stop it (which
 * otherwise holds the JVM up until the build tool kills it).
 */
public final class ModuleProcessCloser implements TestExecutionListener {

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		ModuleProcess.stopAll();
	}

}
