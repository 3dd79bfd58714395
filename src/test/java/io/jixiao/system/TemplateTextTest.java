package io.jixiao.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every visible text comes from the message bundles: templates hold no Chinese text and no th:utext. */
@NoDatabase
class TemplateTextTest {

	private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");

	@Test
	void templatesHoldNoHardCodedChineseText() throws IOException {
		List<String> offenders = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					if (CHINESE.matcher(lines.get(i)).find() || lines.get(i).contains("th:utext")) {
						offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		assertThat(offenders).isEmpty();
	}
}
