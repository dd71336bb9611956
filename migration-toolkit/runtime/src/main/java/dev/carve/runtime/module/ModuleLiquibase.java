package dev.carve.runtime.module;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;

/**
 * A module's own schema migration: the module's changelog, run in the module's schema,
 * with its tracking tables in that schema too so they travel with the module when it is
 * extracted. The schema is created first if it does not exist.
 *
 * <p>
 * The changelog is {@code classpath:db/changelog/<module>/changelog.yaml}; it should
 * include {@value #EVENT_TABLES} to get the module's outbox and inbox tables.
 */
public class ModuleLiquibase extends SpringLiquibase {

	/**
	 * The changelog of the outbox and inbox tables, for a module's changelog to include.
	 */
	public static final String EVENT_TABLES = "db/changelog/carve/event-tables.yaml";

	/** The schema of the runtime's own tables. */
	public static final String RUNTIME_SCHEMA = "carve_runtime";

	private final String schema;

	ModuleLiquibase(DataSource dataSource, String schema) {
		this.schema = schema;
		setDataSource(dataSource);
		setChangeLog("classpath:db/changelog/" + schema + "/changelog.yaml");
		setDefaultSchema(schema);
		setLiquibaseSchema(schema);
	}

	/**
	 * The migration of one module.
	 * @param dataSource the database
	 * @param module the module, whose name is also its schema
	 * @return a bean to declare in the module's configuration
	 */
	public static ModuleLiquibase of(DataSource dataSource, ModuleDefinition module) {
		return new ModuleLiquibase(dataSource, module.schema());
	}

	/**
	 * The migration of the runtime's own tables (module routes), in schema
	 * {@value #RUNTIME_SCHEMA}.
	 * @param dataSource the database
	 * @return a bean to declare once per process
	 */
	public static ModuleLiquibase ofRuntime(DataSource dataSource) {
		return new ModuleLiquibase(dataSource, RUNTIME_SCHEMA);
	}

	@Override
	public void afterPropertiesSet() throws LiquibaseException {
		createSchemaIfMissing();
		super.afterPropertiesSet();
	}

	private void createSchemaIfMissing() throws LiquibaseException {
		try (Connection connection = getDataSource().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS \"" + this.schema + "\"");
		}
		catch (java.sql.SQLException ex) {
			throw new LiquibaseException("Could not create schema " + this.schema, ex);
		}
	}

}
