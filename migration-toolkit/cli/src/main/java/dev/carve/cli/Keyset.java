package dev.carve.cli;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL fragments to walk a table in primary-key order, one chunk of rows after another.
 * Keys travel as text and are compared as the key's own types (the connections bind text
 * as untyped, {@code stringtype=unspecified}), so composite, uuid and text keys work.
 *
 * @param schema the table's schema
 * @param table the table
 * @param key the primary key's columns, in key order
 */
record Keyset(String schema, String table, List<String> key) {

	/** The table, qualified and quoted. */
	String qualified() {
		return SchemaFacts.quote(this.schema) + "." + SchemaFacts.quote(this.table);
	}

	/** The key's columns, quoted and comma-separated: {@code "a", "b"}. */
	String keyColumns() {
		return this.key.stream().map(SchemaFacts::quote).collect(Collectors.joining(", "));
	}

	/** {@code "a" DESC, "b" DESC}: the key's columns for a descending order. */
	String keyColumnsDescending() {
		return this.key.stream().map((column) -> SchemaFacts.quote(column) + " DESC").collect(Collectors.joining(", "));
	}

	/** {@code ("a", "b") > (?, ?)}: rows after a key. */
	String after() {
		return "(" + keyColumns() + ") > (" + placeholders() + ")";
	}

	/** {@code ("a", "b") = (?, ?)}: the row with a key. */
	String at() {
		return "(" + keyColumns() + ") = (" + placeholders() + ")";
	}

	/** {@code ("a", "b") <= (?, ?)}: rows up to and with a key. */
	String upTo() {
		return "(" + keyColumns() + ") <= (" + placeholders() + ")";
	}

	/** {@code ARRAY["a"::text, "b"::text]}: the key as a text array. */
	String keyAsText() {
		return "ARRAY[" + this.key.stream()
			.map((column) -> SchemaFacts.quote(column) + "::text")
			.collect(Collectors.joining(", ")) + "]";
	}

	/**
	 * Binds a key's values.
	 * @param statement the statement
	 * @param first the index of the first placeholder
	 * @param values the key's values as text, in key order
	 * @return the index after the last one bound
	 */
	static int bind(PreparedStatement statement, int first, List<String> values) throws SQLException {
		int index = first;
		for (String value : values) {
			statement.setString(index++, value);
		}
		return index;
	}

	private String placeholders() {
		return this.key.stream().map((column) -> "?").collect(Collectors.joining(", "));
	}

}
