package dev.carve.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The modules of one running process, as its {@code /actuator/modules} shows them
 * ({@link ModulesApi}), with each in-process module's tables when the process's database
 * was read.
 *
 * @param url the process's HTTP base URL
 * @param modules each module it runs or calls elsewhere
 */
record ModuleMap(String url, List<Module> modules) {

	/** Fields a newer runtime adds are passed over. */
	private static final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/**
	 * The map of the entries a process answered.
	 * @param url the process's HTTP base URL
	 * @param entries its {@code /actuator/modules} entries
	 */
	static ModuleMap of(String url, List<JsonNode> entries) {
		List<Module> modules = new ArrayList<>();
		entries.forEach((entry) -> modules.add(json.treeToValue(entry, Module.class)));
		return new ModuleMap(url, List.copyOf(modules));
	}

	/**
	 * This map with the tables of each module whose schema was read.
	 * @param tables the tables of each schema read, by schema
	 */
	ModuleMap withTables(Map<String, List<SchemaFacts.Table>> tables) {
		return new ModuleMap(this.url, this.modules.stream().map((module) -> {
			List<SchemaFacts.Table> found = (module.schema() != null) ? tables.get(module.schema()) : null;
			return (found != null) ? module.withTables(found) : module;
		}).toList());
	}

	/** The map for a person: one block per module. */
	void print(PrintWriter out) {
		out.println("Modules of " + this.url);
		for (Module module : this.modules) {
			out.println();
			out.println("  " + module.module() + "  " + module.where());
			if (module.schema() != null) {
				out.println("    schema     " + module.schema() + tables(module.tables()));
				if (module.tables() != null) {
					module.tables()
						.forEach((table) -> out.printf("      %-30s %10d rows %10s%n",
								module.schema() + "." + table.name(), table.rows(), Sizes.bytes(table.bytes())));
				}
			}
			line(out, "gateways", module.gateways());
			line(out, "publishes", module.publishes().stream().map(Published::describe).toList());
			line(out, "consumes", module.consumes().stream().map(Consumed::describe).toList());
			line(out, "calls", module.calls());
			if (module.outboxDepth() != null) {
				out.println("    outbox     " + module.outboxDepth() + " events waiting to be sent");
			}
		}
	}

	private static String tables(@Nullable List<SchemaFacts.Table> tables) {
		if (tables == null) {
			return "";
		}
		long rows = tables.stream().mapToLong(SchemaFacts.Table::rows).sum();
		long bytes = tables.stream().mapToLong(SchemaFacts.Table::bytes).sum();
		return ": " + tables.size() + " tables, " + rows + " rows, " + Sizes.bytes(bytes);
	}

	private static void line(PrintWriter out, String label, List<String> values) {
		if (!values.isEmpty()) {
			out.printf("    %-10s %s%n", label, String.join(", ", values));
		}
	}

	/**
	 * One module as the process shows it.
	 *
	 * @param module its name
	 * @param runs {@code in-process}, or how the process calls it elsewhere
	 * ({@code grpc}, {@code http})
	 * @param route its route, when it runs in the process
	 * @param remote the other side: where it runs, or where it goes when dormant
	 * @param schema its schema, when it runs in the process
	 * @param publishes the events it publishes
	 * @param consumes the events its listeners in the process take
	 * @param gateways the gateway contracts it provides
	 * @param calls the modules whose gateways it calls
	 * @param outboxDepth the events waiting in its outbox, when it runs in the process
	 * @param tables its tables in the process's database, when that was read
	 */
	record Module(String module, String runs, @Nullable String route, @Nullable String remote, @Nullable String schema,
			List<Published> publishes, List<Consumed> consumes, List<String> gateways, List<String> calls,
			@Nullable Long outboxDepth, @Nullable List<SchemaFacts.Table> tables) {

		Module {
			publishes = (publishes != null) ? List.copyOf(publishes) : List.of();
			consumes = (consumes != null) ? List.copyOf(consumes) : List.of();
			gateways = (gateways != null) ? List.copyOf(gateways) : List.of();
			calls = (calls != null) ? List.copyOf(calls) : List.of();
		}

		boolean inProcess() {
			return "in-process".equals(this.runs);
		}

		/** Where it runs, as a person reads it. */
		String where() {
			if (inProcess()) {
				return "in-process, " + this.route + ((this.remote != null) ? ", other side " + this.remote : "");
			}
			return "elsewhere, over " + this.runs + " at " + this.remote;
		}

		Module withTables(List<SchemaFacts.Table> tables) {
			return new Module(this.module, this.runs, this.route, this.remote, this.schema, this.publishes,
					this.consumes, this.gateways, this.calls, this.outboxDepth, tables);
		}

	}

	/**
	 * An event a module publishes.
	 *
	 * @param event the event type's simple name
	 * @param topic its Kafka topic, when events go over Kafka
	 */
	record Published(String event, @Nullable String topic) {

		String describe() {
			return (this.topic != null) ? this.event + " (" + this.topic + ")" : this.event;
		}

	}

	/**
	 * An event a module's listeners take.
	 *
	 * @param event the event type's simple name
	 * @param from the module that publishes it, when known
	 */
	record Consumed(String event, @Nullable String from) {

		String describe() {
			return (this.from != null) ? this.event + " from " + this.from : this.event;
		}

	}

}
