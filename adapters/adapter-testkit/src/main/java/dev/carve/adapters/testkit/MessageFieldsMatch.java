package dev.carve.adapters.testkit;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that a contract record and the protobuf message it is mapped to carry the same
 * fields: every record component has a field of the same name in the message (its
 * lowerCamelCase JSON name), and every field a component. A field added to one side only
 * fails the adapter's build instead of being dropped on the wire.
 * {@link MessageFieldsSuite} runs it for a module's pairs.
 */
final class MessageFieldsMatch {

	private MessageFieldsMatch() {
	}

	/**
	 * Asserts that a record and a message correspond.
	 * @param record the contract's record
	 * @param message the message's descriptor, such as
	 * {@code Reservation.getDescriptor()}
	 * @param renamed pairs of a record component and the field that carries it under
	 * another name, as {@code "amount=amount_minor"}
	 */
	static void assertMatch(Class<? extends Record> record, Descriptor message, String... renamed) {
		Map<String, String> fieldOf = new HashMap<>();
		for (String pair : renamed) {
			String[] names = pair.split("=", 2);
			FieldDescriptor field = message.findFieldByName(names[1]);
			assertThat(field).as("field %s of %s", names[1], message.getFullName()).isNotNull();
			fieldOf.put(names[0], field.getJsonName());
		}
		Set<String> components = new LinkedHashSet<>();
		Arrays.stream(record.getRecordComponents())
			.map(RecordComponent::getName)
			.forEach((name) -> components.add(fieldOf.getOrDefault(name, name)));
		Set<String> fields = new LinkedHashSet<>();
		message.getFields().stream().map(FieldDescriptor::getJsonName).forEach(fields::add);
		assertThat(fields).as("fields of %s for the components of %s", message.getFullName(), record.getName())
			.containsExactlyInAnyOrderElementsOf(components);
	}

}
