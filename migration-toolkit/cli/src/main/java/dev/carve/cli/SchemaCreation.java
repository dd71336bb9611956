package dev.carve.cli;

import java.io.FileNotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Creates a module's schema from its own Liquibase changelog, the way the module's
 * {@code ModuleLiquibase} does in the monolith: the schema first, then the changelog with
 * the schema as Liquibase's default and tracking schema.
 * <p>
 * Liquibase's own start (its services, reading and checking the changelog) takes longer
 * than the statements it runs, so a move begins it ahead ({@link #begin}): in a thread of
 * its own, over a connection of its own, while the command reads and checks both
 * databases. Nothing is written before {@link #proceed}; {@link #close} without it ends
 * the thread having written nothing. All of Liquibase's work stays in that one thread:
 * Liquibase keeps its scope, and the services it finds, per thread.
 */
final class SchemaCreation implements AutoCloseable {

	/**
	 * Held here: {@code java.util.logging} keeps loggers weakly, so a level set on one
	 * that nothing holds is lost when it is collected, and Liquibase's INFO lines would
	 * reach the command's output.
	 */
	private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

	static {
		System.setProperty("liquibase.analytics.enabled", "false");
		System.setProperty("liquibase.showBanner", "false");
		LIQUIBASE_LOG.setLevel(Level.WARNING);
	}

	private final ShopModules.Changelog changelog;

	private final CompletableFuture<DatabaseChangeLog> read = new CompletableFuture<>();

	private final CompletableFuture<Boolean> proceeding = new CompletableFuture<>();

	private final CompletableFuture<Void> created = new CompletableFuture<>();

	private SchemaCreation(ShopModules.Changelog changelog) {
		this.changelog = changelog;
	}

	/**
	 * Starts Liquibase in a thread of its own: it connects to the target and reads the
	 * changelog, and then waits for {@link #proceed} or {@link #close}.
	 * @param target the database the schema is created in
	 * @param changelog the module's changelog
	 * @return the creation, to be closed
	 */
	static SchemaCreation begin(Database target, ShopModules.Changelog changelog) {
		SchemaCreation creation = new SchemaCreation(changelog);
		Thread.ofPlatform().daemon().name("carve-schema-" + changelog.module()).start(() -> creation.run(target));
		return creation;
	}

	/**
	 * Creates the module's schema and runs its changelog, in this thread.
	 * @param connection a connection to the database; left open, in the auto-commit mode
	 * it had
	 * @param changelog the module's changelog
	 */
	static void create(Connection connection, ShopModules.Changelog changelog) throws Exception {
		SchemaCreation creation = new SchemaCreation(changelog);
		creation.proceeding.complete(true);
		creation.create(connection);
		result(creation.created);
	}

	/**
	 * Waits until the changelog was read; nothing is written by then.
	 * @throws Exception what reading it threw: a changelog that cannot be read or parsed,
	 * a target that cannot be reached
	 */
	void awaitRead() throws Exception {
		result(this.read);
	}

	/**
	 * Creates the schema and runs the changelog, and waits until they are done.
	 * @throws Exception what Liquibase threw
	 */
	void proceed() throws Exception {
		this.proceeding.complete(true);
		result(this.created);
	}

	/** Ends the thread without writing anything, unless {@link #proceed} was called. */
	@Override
	public void close() {
		this.proceeding.complete(false);
	}

	private void run(Database target) {
		try (Connection connection = target.connect()) {
			create(connection);
		}
		catch (Throwable ex) {
			fail(ex);
		}
	}

	private void create(Connection connection) {
		try {
			boolean autoCommit = connection.getAutoCommit();
			try {
				Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> update(connection));
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
			this.created.complete(null);
		}
		catch (Throwable ex) {
			fail(ex);
		}
	}

	private void fail(Throwable failure) {
		this.read.completeExceptionally(failure);
		this.created.completeExceptionally(failure);
	}

	private void update(Connection connection) throws Exception {
		String module = this.changelog.module();
		liquibase.database.Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		database.setDefaultSchemaName(module);
		database.setLiquibaseSchemaName(module);
		ResourceAccessor resources = resources(this.changelog);
		String path = (this.changelog.file() != null) ? this.changelog.file().getFileName().toString()
				: this.changelog.resource();
		// Read with the target's parameters but without the database in scope: Liquibase
		// would consult (and create) its history tables while reading.
		DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance()
			.getParser(path, resources)
			.parse(path, new ChangeLogParameters(database), resources);
		this.read.complete(changeLog);
		if (!this.proceeding.join()) {
			return;
		}
		// The changelog read ahead serves a new schema; where the schema exists it may
		// hold
		// Liquibase's history, which reading consults: Liquibase reads it again.
		boolean schemaIsNew = !schemaExists(connection, module);
		try (var statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS " + SchemaFacts.quote(module));
		}
		Liquibase liquibase = schemaIsNew ? new Liquibase(changeLog, resources, database)
				: new Liquibase(path, resources, database);
		liquibase.update(new Contexts(), new LabelExpression());
	}

	private static boolean schemaExists(Connection connection, String schema) throws SQLException {
		try (PreparedStatement exists = connection
			.prepareStatement("SELECT EXISTS (SELECT FROM pg_namespace WHERE nspname = ?)")) {
			exists.setString(1, schema);
			try (ResultSet result = exists.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	private static ResourceAccessor resources(ShopModules.Changelog changelog) throws FileNotFoundException {
		ClassLoaderResourceAccessor classpath = new ClassLoaderResourceAccessor(SchemaCreation.class.getClassLoader());
		if (changelog.file() == null) {
			return classpath;
		}
		return new CompositeResourceAccessor(new DirectoryResourceAccessor(changelog.file().getParent()), classpath);
	}

	private static <T> T result(CompletableFuture<T> future) throws Exception {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Exception cause) {
				throw cause;
			}
			throw (Error) ex.getCause();
		}
	}

}
