package io.jixiao.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The administrator pages take every visible text from i18n/admin.properties, whose keys clash with no other bundle. */
@NoDatabase
class AdminMessagesTest {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
	/** A key as templates name it ({@code #{admin.x}}) and as Java names it (a string literal, or {@code "{admin.x}"}). */
	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(admin\\.[\\w.]*\\w)");
	private static final Pattern JAVA_KEY = Pattern.compile("\"\\{?(admin\\.[\\w.]*\\w)\\}?\"");

	@Test
	void adminTemplatesContainNoHardCodedChineseText() throws Exception {
		for (Path template : templates()) {
			assertThat(HAN.matcher(Files.readString(template)).find())
				.as("Chinese text in %s belongs in i18n/admin.properties", template.getFileName())
				.isFalse();
		}
	}

	@Test
	void everyAdminKeyInTemplatesAndCodeExistsAndEveryBundleKeyIsUsed() throws Exception {
		Set<String> used = new TreeSet<>();
		for (Path template : templates()) {
			collect(TEMPLATE_KEY, template, used);
		}
		try (Stream<Path> java = Files.list(Path.of("src/main/java/io/jixiao/organizations"))) {
			for (Path source : java.toList()) {
				collect(JAVA_KEY, source, used);
			}
		}
		Set<String> defined = bundle("i18n/admin.properties").stringPropertyNames();

		assertThat(defined).containsAll(used);
		assertThat(used).containsAll(defined);
	}

	@Test
	void adminKeysArePrefixedAndClashWithNoOtherBundle() {
		Set<String> admin = bundle("i18n/admin.properties").stringPropertyNames();

		assertThat(admin).allMatch(key -> key.startsWith("admin."));
		assertThat(admin).doesNotContainAnyElementsOf(bundle("i18n/messages.properties").stringPropertyNames());
		assertThat(admin).doesNotContainAnyElementsOf(bundle("i18n/checks.properties").stringPropertyNames());
	}

	private static void collect(Pattern key, Path source, Set<String> into) throws IOException {
		Matcher matcher = key.matcher(Files.readString(source));
		while (matcher.find()) {
			into.add(matcher.group(1));
		}
	}

	private static List<Path> templates() throws IOException, URISyntaxException {
		Path folder = Path.of(AdminMessagesTest.class.getResource("/templates/admin").toURI());
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties bundle(String name) {
		Properties properties = new Properties();
		try (InputStream in = AdminMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}
}
