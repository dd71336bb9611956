package dev.carve.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One record of a module's change stream on Kafka: the begin of a source transaction, a
 * row change, a truncate, or the commit that ends it. Values are PostgreSQL's text form,
 * which the target reads back into the same types.
 */
sealed interface Change {

	/** The record's bytes on the topic. */
	default byte[] toBytes() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	void write(DataOutputStream out) throws IOException;

	/** Reads a record written by {@link #toBytes()}. */
	static Change fromBytes(byte[] bytes) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
			return switch (in.readByte()) {
				case 'B' -> new Begin();
				case 'C' -> new Commit(in.readLong(), in.readLong());
				case 'T' -> new Truncate(strings(in));
				case 'R' -> new Row((char) in.readByte(), string(in), columns(in), columns(in));
				default -> throw new IllegalArgumentException("Not a change record");
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A source transaction begins; whatever came before without a commit is void. */
	record Begin() implements Change {

		@Override
		public void write(DataOutputStream out) throws IOException {
			out.writeByte('B');
		}

	}

	/**
	 * A source transaction committed.
	 *
	 * @param lsn the end LSN of the commit, which orders transactions
	 * @param micros the commit time in microseconds since 2000-01-01 (PostgreSQL's epoch)
	 */
	record Commit(long lsn, long micros) implements Change {

		@Override
		public void write(DataOutputStream out) throws IOException {
			out.writeByte('C');
			out.writeLong(this.lsn);
			out.writeLong(this.micros);
		}

	}

	/**
	 * Tables were truncated.
	 *
	 * @param tables the tables, by name in the module's schema
	 */
	record Truncate(List<String> tables) implements Change {

		@Override
		public void write(DataOutputStream out) throws IOException {
			out.writeByte('T');
			writeStrings(out, this.tables);
		}

	}

	/**
	 * A row was inserted ({@code I}), updated ({@code U}) or deleted ({@code D}).
	 *
	 * @param operation {@code I}, {@code U} or {@code D}
	 * @param table the table, by name in the module's schema
	 * @param row the new row (insert and update); empty for a delete
	 * @param old the old key or row (delete, and an update that changed the key); else
	 * empty
	 */
	record Row(char operation, String table, List<Column> row, List<Column> old) implements Change {

		@Override
		public void write(DataOutputStream out) throws IOException {
			out.writeByte('R');
			out.writeByte(this.operation);
			writeString(out, this.table);
			writeColumns(out, this.row);
			writeColumns(out, this.old);
		}

	}

	/**
	 * A column's value.
	 *
	 * @param name the column
	 * @param value its text form; {@code null} for SQL null
	 * @param unchanged whether the value was not sent because it did not change (TOAST)
	 */
	record Column(String name, @Nullable String value, boolean unchanged) {

	}

	private static void writeColumns(DataOutputStream out, List<Column> columns) throws IOException {
		out.writeInt(columns.size());
		for (Column column : columns) {
			writeString(out, column.name());
			out.writeByte(column.unchanged() ? 'u' : (column.value() == null) ? 'n' : 't');
			if (column.value() != null) {
				writeString(out, column.value());
			}
		}
	}

	private static List<Column> columns(DataInputStream in) throws IOException {
		int count = in.readInt();
		List<Column> columns = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			String name = string(in);
			byte kind = in.readByte();
			columns.add(new Column(name, (kind == 't') ? string(in) : null, kind == 'u'));
		}
		return columns;
	}

	private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
		out.writeInt(strings.size());
		for (String string : strings) {
			writeString(out, string);
		}
	}

	private static List<String> strings(DataInputStream in) throws IOException {
		int count = in.readInt();
		List<String> strings = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			strings.add(string(in));
		}
		return strings;
	}

	private static void writeString(DataOutputStream out, String string) throws IOException {
		byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String string(DataInputStream in) throws IOException {
		return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
	}

}
