package dev.carve.runtime.events;

import java.util.List;
import java.util.OptionalLong;

/**
 * How many events wait in each in-process module's outbox, read when asked (one count
 * query), for operators' views such as {@code /actuator/modules}.
 */
public final class OutboxDepths {

	private final List<OutboxTable> outboxes;

	OutboxDepths(List<OutboxTable> outboxes) {
		this.outboxes = List.copyOf(outboxes);
	}

	/**
	 * The events not yet sent from a module's outbox, parked ones included.
	 * @param module a module's name
	 * @return the count, empty when the module has no outbox in this process
	 */
	public OptionalLong depth(String module) {
		return this.outboxes.stream()
			.filter((outbox) -> outbox.module().name().equals(module))
			.mapToLong(OutboxTable::depth)
			.findFirst();
	}

}
