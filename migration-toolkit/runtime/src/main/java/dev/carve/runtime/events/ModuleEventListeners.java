package dev.carve.runtime.events;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.carve.api.DomainEvent;
import dev.carve.runtime.module.ModuleDefinition;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Finds every {@link ModuleEventListener} method of the modules that run in this process,
 * once the application's singletons exist. A listener outside every in-process module, or
 * one whose method does not take exactly one event, fails the start.
 */
public class ModuleEventListeners implements SmartInitializingSingleton {

	private final ConfigurableListableBeanFactory beanFactory;

	private final List<ModuleDefinition> modules;

	private volatile List<RegisteredListener> listeners = List.of();

	ModuleEventListeners(ConfigurableListableBeanFactory beanFactory, List<ModuleDefinition> modules) {
		this.beanFactory = beanFactory;
		this.modules = List.copyOf(modules);
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<RegisteredListener> found = new ArrayList<>();
		for (String name : this.beanFactory.getBeanDefinitionNames()) {
			Class<?> type = this.beanFactory.getType(name, false);
			if (type == null) {
				continue;
			}
			Class<?> userType = org.springframework.util.ClassUtils.getUserClass(type);
			Map<Method, ModuleEventListener> methods = MethodIntrospector.selectMethods(userType,
					(MethodIntrospector.MetadataLookup<ModuleEventListener>) (method) -> AnnotatedElementUtils
						.findMergedAnnotation(method, ModuleEventListener.class));
			methods.keySet().forEach((method) -> found.add(register(name, userType, method)));
		}
		this.listeners = List.copyOf(found);
	}

	private RegisteredListener register(String beanName, Class<?> type, Method method) {
		ModuleDefinition module = this.modules.stream()
			.filter((candidate) -> candidate.contains(type))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Listener " + type.getName() + "#" + method.getName()
					+ " is in no module running in this process"));
		if (method.getParameterCount() != 1 || !DomainEvent.class.isAssignableFrom(method.getParameterTypes()[0])) {
			throw new IllegalStateException("Listener " + type.getName() + "#" + method.getName()
					+ " must take exactly one DomainEvent parameter");
		}
		@SuppressWarnings("unchecked")
		Class<? extends DomainEvent> eventType = (Class<? extends DomainEvent>) method.getParameterTypes()[0];
		Object bean = this.beanFactory.getBean(beanName);
		Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
		String id = module.name() + ":" + type.getSimpleName() + "#" + method.getName();
		return new RegisteredListener(id, module, eventType, bean, invocable);
	}

	/** The listeners that take the given event. */
	List<RegisteredListener> listenersFor(DomainEvent event) {
		return this.listeners.stream().filter((listener) -> listener.accepts(event)).toList();
	}

	/** Whether a listener of the given module takes events of this type. */
	public boolean hasListenerFor(Class<? extends DomainEvent> eventType, String module) {
		return this.listeners.stream()
			.anyMatch((listener) -> listener.module().name().equals(module)
					&& listener.eventType().isAssignableFrom(eventType));
	}

	/**
	 * The event types the listeners of one module take, each once, in the order the
	 * listeners were found.
	 * @param module a module's name
	 * @return its listeners' event types; empty for a module without listeners here
	 */
	public List<Class<? extends DomainEvent>> eventTypesOf(String module) {
		return this.listeners.stream()
			.filter((listener) -> listener.module().name().equals(module))
			.<Class<? extends DomainEvent>>map(RegisteredListener::eventType)
			.distinct()
			.toList();
	}

	/** Whether any in-process listener takes events of this type. */
	public boolean hasListenerFor(Class<? extends DomainEvent> eventType) {
		return this.listeners.stream().anyMatch((listener) -> listener.eventType().isAssignableFrom(eventType));
	}

}
