package dev.carve.runtime.module;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Evaluates {@link ConditionalOnModuleMode} and {@link ConditionalOnModuleInProcess}. */
class OnModuleModeCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnModuleMode.class.getName());
		if (attributes == null) {
			return ConditionOutcome.noMatch("no @ConditionalOnModuleMode");
		}
		String module = (String) attributes.get("module");
		ModuleMode wanted = (ModuleMode) attributes.get("mode");
		ModuleMode actual = ModuleModes.modeOf(module, context.getEnvironment());
		String message = "carve.modules." + module + ".mode is " + actual;
		return (actual == wanted) ? ConditionOutcome.match(message) : ConditionOutcome.noMatch(message);
	}

}
