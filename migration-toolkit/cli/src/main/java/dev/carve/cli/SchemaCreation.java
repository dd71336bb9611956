package dev.carve.cli;

import java.io.FileNotFoundException;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Creates a module's schema from its own Liquibase changelog, the way the module's
 * {@code ModuleLiquibase} does in the monolith: the schema first, then the changelog with
 * the schema as Liquibase's default and tracking schema.
 */
final class SchemaCreation {

	static {
		System.setProperty("liquibase.analytics.enabled", "false");
		System.setProperty("liquibase.showBanner", "false");
		Logger.getLogger("liquibase").setLevel(Level.WARNING);
	}

	private SchemaCreation() {
	}

	/**
	 * Creates the module's schema and runs its changelog.
	 * @param connection a connection to the database; left open, in the auto-commit mode
	 * it had
	 * @param changelog the module's changelog
	 */
	static void create(Connection connection, ShopModules.Changelog changelog) throws Exception {
		try (var statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS " + SchemaFacts.quote(changelog.module()));
		}
		boolean autoCommit = connection.getAutoCommit();
		try {
			Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> update(connection, changelog));
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private static void update(Connection connection, ShopModules.Changelog changelog) throws Exception {
		Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(connection));
		database.setDefaultSchemaName(changelog.module());
		database.setLiquibaseSchemaName(changelog.module());
		String path = (changelog.file() != null) ? changelog.file().getFileName().toString() : changelog.resource();
		Liquibase liquibase = new Liquibase(path, resources(changelog), database);
		liquibase.update(new Contexts(), new LabelExpression());
	}

	private static ResourceAccessor resources(ShopModules.Changelog changelog) throws FileNotFoundException {
		ClassLoaderResourceAccessor classpath = new ClassLoaderResourceAccessor(SchemaCreation.class.getClassLoader());
		if (changelog.file() == null) {
			return classpath;
		}
		return new CompositeResourceAccessor(new DirectoryResourceAccessor(changelog.file().getParent()), classpath);
	}

}
