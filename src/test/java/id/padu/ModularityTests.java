package id.padu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to their boundaries (only root-package types are used across modules, no
 * cycles), and the module documentation in {@code docs/modules} is regenerated from the code.
 */
class ModularityTests {

	static final Path OUTPUT = Path.of("docs/modules");
	static final ApplicationModules MODULES = ApplicationModules.of(PaduApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
			.writeDocumentation()
			.writeAggregatingDocument();
		sortRelations();
	}

	/**
	 * The documenter lists relations in no fixed order; sorting them (their order means nothing to
	 * PlantUML) keeps the committed diagrams unchanged until the modules really change.
	 */
	private static void sortRelations() throws IOException {
		try (Stream<Path> files = Files.list(OUTPUT)) {
			for (Path diagram : files.filter(p -> p.toString().endsWith(".puml")).toList()) {
				List<String> lines = Files.readAllLines(diagram, StandardCharsets.UTF_8);
				List<String> sorted = new ArrayList<>();
				List<String> relations = new ArrayList<>();
				for (String line : lines) {
					if (line.startsWith("Rel(")) {
						relations.add(line);
						continue;
					}
					relations.sort(null);
					sorted.addAll(relations);
					relations.clear();
					sorted.add(line);
				}
				relations.sort(null);
				sorted.addAll(relations);
				Files.write(diagram, sorted, StandardCharsets.UTF_8);
			}
		}
	}
}
