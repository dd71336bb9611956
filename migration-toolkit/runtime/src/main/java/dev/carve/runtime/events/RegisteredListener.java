package dev.carve.runtime.events;

import java.lang.reflect.Method;

import dev.carve.api.DomainEvent;
import dev.carve.runtime.module.ModuleDefinition;

import org.springframework.util.ReflectionUtils;

/**
 * A {@link ModuleEventListener} method found on a bean.
 *
 * @param id the listener's stable name in the inbox: {@code <module>:<Class>#<method>}
 * @param module the module the listener belongs to; its inbox records what the listener
 * did
 * @param eventType the event type the method takes
 * @param bean the bean
 * @param method the method, invocable on the bean
 */
record RegisteredListener(String id, ModuleDefinition module, Class<? extends DomainEvent> eventType, Object bean,
		Method method) {

	boolean accepts(DomainEvent event) {
		return this.eventType.isInstance(event);
	}

	void invoke(DomainEvent event) {
		ReflectionUtils.makeAccessible(this.method);
		ReflectionUtils.invokeMethod(this.method, this.bean, event);
	}

}
