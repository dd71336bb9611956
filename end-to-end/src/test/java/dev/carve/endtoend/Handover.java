package dev.carve.endtoend;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A switch of inventory from one owner to the other, seen in their databases just after
 * it.
 *
 * @param from the database of the side that let go
 * @param tablesAtFence its inventory tables then
 * @param to the database of the side that took over
 * @param reservedAtSwitch the reservations it held then
 */
record Handover(JdbcTemplate from, String tablesAtFence, JdbcTemplate to, int reservedAtSwitch) {

	static Handover from(JdbcTemplate from, JdbcTemplate to) {
		return new Handover(from, inventoryTables(from), to, reservations(to));
	}

	/**
	 * The new owner took orders since, and the old one's tables stayed as at the fence.
	 */
	void assertDone(String newOwner) {
		assertThat(reservations(this.to)).as("orders reserved in " + newOwner + " after the switch")
			.isGreaterThan(this.reservedAtSwitch);
		assertThat(inventoryTables(this.from)).as("the inventory tables of the side that let go, after the switch")
			.isEqualTo(this.tablesAtFence);
	}

	/** A digest of every row of the inventory tables. */
	private static String inventoryTables(JdbcTemplate jdbc) {
		StringBuilder digest = new StringBuilder();
		for (String table : List.of("stock", "reservations", "reservation_lines", "outbox", "inbox")) {
			digest.append(table)
				.append('=')
				.append(jdbc.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, ',' order by"
						+ " t::text)), '') from inventory." + table + " t", String.class))
				.append(' ');
		}
		return digest.toString();
	}

	private static int reservations(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from inventory.reservations", Integer.class);
	}

}
