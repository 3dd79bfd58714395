package io.jixiao.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The publication bundle keeps to its own keys: prefixed public. and named in no other bundle. */
@NoDatabase
class PublicationMessagesTest {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	@Test
	void publicationKeysArePrefixedAndClashWithNoOtherBundle() throws IOException {
		Properties publication = load(BUNDLES.resolve("publication.properties"));
		List<String> clashes = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path other : files.filter(p -> !p.endsWith("publication.properties")).toList()) {
				Properties keys = load(other);
				publication.stringPropertyNames().stream().filter(keys::containsKey)
					.forEach(key -> clashes.add(other.getFileName() + ": " + key));
			}
		}
		assertThat(publication.stringPropertyNames()).isNotEmpty()
			.allSatisfy(key -> assertThat(key).startsWith("public."));
		assertThat(clashes).isEmpty();
	}

	@Test
	void publicationTextsAreRealChinese() throws IOException {
		Properties publication = load(BUNDLES.resolve("publication.properties"));
		assertThat(publication.getProperty("public.summary.col.amount")).isEqualTo("申请预算金额");
		assertThat(publication.getProperty("public.statement.projects"))
			.isEqualTo("本年度实行绩效管理的项目 {0} 个，涉及预算金额 {1} 万元，公开项目 {2} 个，不予公开项目 {3} 个");
	}
}
