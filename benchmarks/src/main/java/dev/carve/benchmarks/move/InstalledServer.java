package dev.carve.benchmarks.move;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.carve.testkit.FreePorts;

/**
 * A server from binaries installed on the machine (such as Debian's
 * {@code /usr/lib/postgresql/15/bin}), created with {@code initdb} and run with
 * {@code pg_ctl} in a directory of the run, on a free loopback port, with {@code fsync}
 * and {@code synchronous_commit} off like the embedded ones. PostgreSQL refuses to run as
 * root: as root, every program runs as the user {@code postgres} through {@code runuser},
 * and the directory is given to that user.
 *
 * @param bin the directory of the binaries, with {@code pg_dump} and {@code pg_restore}
 * @param data the data directory
 * @param port the port it listens on
 */
record InstalledServer(Path bin, Path data, int port) implements PostgresServer {

	private static final String SERVER_USER = "postgres";

	/**
	 * Creates a cluster in a directory and starts it.
	 * @param bin the directory of the binaries
	 * @param directory the directory for the data ({@code data/}) and the server's log
	 * @param walLevel its {@code wal_level}
	 */
	static InstalledServer start(Path bin, Path directory, String walLevel) throws IOException, InterruptedException {
		Files.createDirectories(directory);
		if (asRoot()) {
			UserPrincipal postgres = directory.getFileSystem()
				.getUserPrincipalLookupService()
				.lookupPrincipalByName(SERVER_USER);
			Files.setOwner(directory, postgres);
		}
		Path data = directory.resolve("data");
		run(directory, bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "postgres", "-E",
				"UTF8", "--locale=C.UTF-8", "--no-sync");
		InstalledServer server = new InstalledServer(bin, data, FreePorts.next());
		run(directory, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
				directory.resolve("server.log").toString(), "-w", "-o",
				"-p " + server.port + " -c listen_addresses=localhost -c unix_socket_directories='' -c fsync=off"
						+ " -c synchronous_commit=off -c max_wal_size=4GB -c max_connections=300 -c wal_level="
						+ walLevel,
				"start");
		return server;
	}

	private static boolean asRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	/**
	 * Runs one of the binaries to its end, as the server's user when this is root.
	 * @throws IllegalStateException when it fails, with its output
	 */
	private static void run(Path directory, String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>();
		if (asRoot()) {
			line.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
		}
		line.addAll(List.of(command));
		Path log = directory.resolve("commands.log");
		Process process = new ProcessBuilder(line).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(String.join(" ", line) + " failed:\n" + Files.readString(log));
		}
	}

	@Override
	public String newDatabase(String name) throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		return jdbcUrl(name);
	}

	private String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + this.port + "/" + database + "?user=postgres";
	}

	@Override
	public String conninfo(String database) {
		return "host=localhost port=" + this.port + " user=postgres dbname=" + database;
	}

	@Override
	public Optional<Path> clients() {
		return Optional.of(this.bin);
	}

	/** Stops the server with {@code pg_ctl stop -m fast}. */
	@Override
	public void close() throws IOException {
		try {
			run(this.data.getParent(), this.bin.resolve("pg_ctl").toString(), "-D", this.data.toString(), "-m", "fast",
					"-w", "stop");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping the server in " + this.data, ex);
		}
	}

}
