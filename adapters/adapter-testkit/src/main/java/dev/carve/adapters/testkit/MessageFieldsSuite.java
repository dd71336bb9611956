package dev.carve.adapters.testkit;

import java.util.List;

import com.google.protobuf.Descriptors.Descriptor;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record a module's adapters map to a protobuf message carries the same fields as
 * the message ({@link MessageFieldsMatch}), so that a field added on one side only fails
 * the build instead of being lost on the wire. A module's test extends it and lists its
 * pairs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MessageFieldsSuite {

	/**
	 * The module's records and the messages they are mapped to.
	 * @return the pairs, each made by {@link #pair}
	 */
	protected abstract List<Pair> pairs();

	/**
	 * A record and its message.
	 * @param record the contract's record
	 * @param message the message's descriptor, such as
	 * {@code Reservation.getDescriptor()}
	 * @param renamed pairs of a record component and the field that carries it under
	 * another name, as {@code "amount=amount_minor"}
	 * @return the pair
	 */
	protected static Pair pair(Class<? extends Record> record, Descriptor message, String... renamed) {
		return new Pair(record, message, List.of(renamed));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pairs")
	void theRecordAndItsMessageCarryTheSameFields(Pair pair) {
		MessageFieldsMatch.assertMatch(pair.record(), pair.message(), pair.renamed().toArray(String[]::new));
	}

	/**
	 * A record and the message it is mapped to.
	 *
	 * @param record the contract's record
	 * @param message the message's descriptor
	 * @param renamed components carried under another name, {@code component=field}
	 */
	protected record Pair(Class<? extends Record> record, Descriptor message, List<String> renamed) {

		@Override
		public String toString() {
			return this.record.getSimpleName() + " = " + this.message.getFullName();
		}

	}

}
