package dev.carve.cli;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Decodes PostgreSQL's logical replication messages ({@code pgoutput}, protocol version
 * 1) into {@link Change}s. Relation messages are remembered to name the tables and
 * columns of later row messages; origin, type and logical-decoding messages carry nothing
 * a move applies.
 *
 * @see <a href=
 * "https://www.postgresql.org/docs/17/protocol-logicalrep-message-formats.html">Logical
 * Replication Message Formats</a>
 */
final class PgOutputDecoder {

	private final Map<Integer, Relation> relations = new HashMap<>();

	/**
	 * Decodes one message.
	 * @param message the message, positioned at its first byte
	 * @return the change, or {@code null} for a message that carries none
	 */
	@Nullable Change decode(ByteBuffer message) {
		byte type = message.get();
		return switch (type) {
			case 'B' -> new Change.Begin();
			case 'C' -> commit(message);
			case 'R' -> relation(message);
			case 'I' -> {
				Relation relation = this.relations.get(message.getInt());
				message.get(); // 'N'
				yield new Change.Row('I', relation.name(), tuple(message, relation), List.of());
			}
			case 'U' -> update(message);
			case 'D' -> {
				Relation relation = this.relations.get(message.getInt());
				message.get(); // 'K' or 'O'
				yield new Change.Row('D', relation.name(), List.of(), tuple(message, relation));
			}
			case 'T' -> truncate(message);
			case 'M', 'O', 'Y' -> null;
			default -> throw new IllegalStateException("Unknown pgoutput message " + (char) type);
		};
	}

	private Change commit(ByteBuffer message) {
		message.get(); // flags
		message.getLong(); // commit LSN
		long end = message.getLong();
		return new Change.Commit(end, message.getLong());
	}

	private @Nullable Change relation(ByteBuffer message) {
		int id = message.getInt();
		string(message); // the schema: the publication holds the module's tables only
		String name = string(message);
		message.get(); // replica identity
		int count = message.getShort();
		List<String> columns = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			message.get(); // flags
			columns.add(string(message));
			message.getInt(); // type
			message.getInt(); // type modifier
		}
		this.relations.put(id, new Relation(name, columns));
		return null;
	}

	private Change update(ByteBuffer message) {
		Relation relation = this.relations.get(message.getInt());
		byte kind = message.get();
		List<Change.Column> old = List.of();
		if (kind == 'K' || kind == 'O') {
			old = tuple(message, relation);
			message.get(); // 'N'
		}
		return new Change.Row('U', relation.name(), tuple(message, relation), old);
	}

	private Change truncate(ByteBuffer message) {
		int count = message.getInt();
		message.get(); // options
		List<String> tables = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			tables.add(this.relations.get(message.getInt()).name());
		}
		return new Change.Truncate(tables);
	}

	private static List<Change.Column> tuple(ByteBuffer message, Relation relation) {
		int count = message.getShort();
		List<Change.Column> columns = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String name = relation.columns().get(i);
			byte kind = message.get();
			switch (kind) {
				case 'n' -> columns.add(new Change.Column(name, null, false));
				case 'u' -> columns.add(new Change.Column(name, null, true));
				case 't' -> {
					byte[] value = new byte[message.getInt()];
					message.get(value);
					columns.add(new Change.Column(name, new String(value, StandardCharsets.UTF_8), false));
				}
				default -> throw new IllegalStateException("Unknown pgoutput tuple value " + (char) kind);
			}
		}
		return columns;
	}

	private static String string(ByteBuffer message) {
		int start = message.position();
		while (message.get() != 0) {
			// up to the terminating zero
		}
		return new String(message.array(), message.arrayOffset() + start, message.position() - start - 1,
				StandardCharsets.UTF_8);
	}

	private record Relation(String name, List<String> columns) {

	}

}
