package io.jixiao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each top-level package is a module; only their public API may be used across, and without cycles. */
@NoDatabase
class ModuleStructureTest {

	private static final Path DOCS = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(JixiaoApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	/**
	 * The module diagrams and canvases under docs/modules, written from the code on every build. The Documenter lists
	 * relations in no fixed order, so a file is replaced only when its lines, in any order, changed.
	 */
	@Test
	void writesTheModuleDocumentation() throws IOException {
		Path written = Path.of("target/modules-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(written.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		Files.createDirectories(DOCS);
		try (Stream<Path> files = Files.list(written)) {
			for (Path file : files.toList()) {
				Path kept = DOCS.resolve(file.getFileName());
				if (!Files.exists(kept) || !sortedLines(kept).equals(sortedLines(file))) {
					Files.copy(file, kept, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static List<String> sortedLines(Path file) throws IOException {
		// a list item moved to the head of its cell carries the cell mark | there
		return Files.readAllLines(file).stream().map(line -> line.startsWith("|*") ? line.substring(1) : line).sorted().toList();
	}
}
