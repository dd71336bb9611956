package dev.carve.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link ModuleMap} as a Mermaid {@code flowchart}: the modules that run in the process
 * inside one box, those it calls elsewhere outside it as rounded nodes, an arrow from a
 * publisher to each module whose listeners take its event (labelled with the event), and
 * a dotted arrow for each module whose gateway another module calls (labelled with the
 * gateway). A publisher the process does not list otherwise appears as a node of its own.
 */
final class MermaidDiagram {

	private MermaidDiagram() {
	}

	/**
	 * The diagram's text.
	 * @param map the modules
	 * @return Mermaid source, lines ending in {@code \n}
	 */
	static String of(ModuleMap map) {
		List<String> lines = new ArrayList<>();
		lines.add("flowchart LR");
		Set<String> listed = new LinkedHashSet<>();
		lines.add("  subgraph process[\"" + map.url() + "\"]");
		for (ModuleMap.Module module : map.modules()) {
			if (module.inProcess()) {
				listed.add(module.module());
				lines.add("    " + module.module() + "[\"" + module.module() + "<br/>" + module.route() + "\"]");
			}
		}
		lines.add("  end");
		for (ModuleMap.Module module : map.modules()) {
			if (!module.inProcess()) {
				listed.add(module.module());
				lines.add("  " + module.module() + "([\"" + module.module() + "<br/>" + module.runs() + " "
						+ module.remote() + "\"])");
			}
		}
		List<String> edges = new ArrayList<>();
		for (ModuleMap.Module module : map.modules()) {
			for (ModuleMap.Consumed consumed : module.consumes()) {
				if (consumed.from() != null) {
					if (listed.add(consumed.from())) {
						lines.add("  " + consumed.from() + "([\"" + consumed.from() + "\"])");
					}
					edges.add("  " + consumed.from() + " -->|" + consumed.event() + "| " + module.module());
				}
			}
			for (String called : module.calls()) {
				edges.add("  " + module.module() + " -.->|" + gateway(map, called) + "| " + called);
			}
		}
		lines.addAll(edges);
		return String.join("\n", lines) + "\n";
	}

	private static String gateway(ModuleMap map, String module) {
		return map.modules()
			.stream()
			.filter((candidate) -> candidate.module().equals(module) && !candidate.gateways().isEmpty())
			.map((candidate) -> String.join(", ", candidate.gateways()))
			.findFirst()
			.orElse("calls");
	}

}
