package dev.carve.cli;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.postgresql.copy.CopyOut;

/**
 * Reads the rows of one {@code COPY … TO STDOUT (FORMAT binary)} as they arrive, without
 * parsing their values: a header (signature, flags, extension) before the first row, one
 * row per {@code CopyData} message (as the protocol sends them), each a field count
 * followed by each field's length ({@code -1} for NULL) and bytes, and a trailer of count
 * {@code -1}.
 */
final class BinaryCopyReader {

	/** What ends a binary {@code COPY}'s rows. */
	static final byte[] TRAILER = { -1, -1 };

	private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

	private final CopyOut out;

	private final int fields;

	private byte @Nullable [] header;

	/** The next row read and not taken yet, or {@code null}. */
	private @Nullable Row next;

	private boolean ended;

	/**
	 * @param out the {@code COPY} under way
	 * @param fields the fields each row has: refused otherwise
	 */
	BinaryCopyReader(CopyOut out, int fields) {
		this.out = out;
		this.fields = fields;
	}

	/**
	 * The header the rows came with: a {@code COPY … FROM STDIN} of them starts with it.
	 */
	byte[] header() throws SQLException {
		peek();
		if (this.header == null) {
			throw new SQLException("the source's COPY sent no header");
		}
		return this.header;
	}

	/** Whether a row is left before the trailer; reads it when none is read yet. */
	boolean hasRow() throws SQLException {
		peek();
		return this.next != null;
	}

	/** The next row; call {@link #hasRow()} first. */
	Row take() throws SQLException {
		peek();
		Row row = this.next;
		if (row == null) {
			throw new SQLException("no row is left in the source's COPY");
		}
		this.next = null;
		return row;
	}

	private void peek() throws SQLException {
		if (this.next != null || this.ended) {
			return;
		}
		byte[] data = this.out.readFromCopy();
		if (data == null) {
			throw new SQLException("the source's COPY ended without its trailer");
		}
		int offset = 0;
		if (this.header == null) {
			offset = headerLength(data);
			this.header = Arrays.copyOf(data, offset);
		}
		int count = getShort(data, offset);
		if (count == -1) {
			this.ended = true;
			if (this.out.readFromCopy() != null) {
				throw new SQLException("the source's COPY went on after its trailer");
			}
			return;
		}
		if (count != this.fields) {
			throw new SQLException("a row of " + count + " fields where " + this.fields + " were selected");
		}
		this.next = new Row(data, offset);
	}

	private static int headerLength(byte[] data) throws SQLException {
		if (data.length < SIGNATURE.length + 8
				|| !Arrays.equals(data, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
			throw new SQLException("the source's COPY did not start with the binary signature");
		}
		return SIGNATURE.length + 8 + getInt(data, SIGNATURE.length + 4);
	}

	private static int getShort(byte[] data, int offset) {
		return (short) (((data[offset] & 0xff) << 8) | (data[offset + 1] & 0xff));
	}

	private static int getInt(byte[] data, int offset) {
		return ((data[offset] & 0xff) << 24) | ((data[offset + 1] & 0xff) << 16) | ((data[offset + 2] & 0xff) << 8)
				| (data[offset + 3] & 0xff);
	}

	/**
	 * One row as it came: its bytes are {@code data} from {@code start} on.
	 *
	 * @param data the message that holds it
	 * @param start where its field count is
	 */
	record Row(byte[] data, int start) {

		/** Where the fields after the first {@code count} start. */
		int after(int count) {
			int at = this.start + 2;
			for (int i = 0; i < count; i++) {
				at += 4 + Math.max(getInt(this.data, at), 0);
			}
			return at;
		}

		/**
		 * Text fields from an offset on, as strings: {@code count} of them, none NULL.
		 */
		List<String> texts(int offset, int count) {
			List<String> texts = new ArrayList<>(count);
			int at = offset;
			for (int i = 0; i < count; i++) {
				int length = getInt(this.data, at);
				texts.add(new String(this.data, at + 4, length, StandardCharsets.UTF_8));
				at += 4 + length;
			}
			return texts;
		}

		/**
		 * Says the row has fewer fields: written up to {@link #after} them, it is a row
		 * of the first {@code count}.
		 */
		void keepFirst(int count) {
			this.data[this.start] = (byte) (count >>> 8);
			this.data[this.start + 1] = (byte) count;
		}

	}

}
