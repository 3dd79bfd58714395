package io.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SQL and JPQL are strings, which Spring Modulith cannot see: a query over another module's tables would cross the
 * boundary unnoticed. Every string in src/main that reads or writes a table must sit in the module owning it.
 */
class SqlOwnershipTest {

	private static final Path SOURCES = Path.of("src/main/java/io/jixiao");

	/** Tables (and the entities mapped to them) by owning module; the engine's ACT_* tables belong to review. */
	private static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("organizations", "organizations"),
			Map.entry("users", "organizations"), Map.entry("organization", "organizations"),
			Map.entry("useraccount", "organizations"), Map.entry("finance_sections", "organizations"),
			Map.entry("financesection", "organizations"), Map.entry("deputies", "organizations"),
			Map.entry("deputy", "organizations"), Map.entry("target_tables", "targets"),
			Map.entry("indicators", "targets"), Map.entry("table_versions", "targets"),
			Map.entry("version_indicators", "targets"), Map.entry("table_adjustments", "targets"),
			Map.entry("adjustment_attachments", "review"), Map.entry("evaluation_evidence", "evaluation"),
			Map.entry("targettable", "targets"),
			Map.entry("table_name_grams", "targets"), Map.entry("namegram", "targets"),
			Map.entry("tableversion", "targets"), Map.entry("rule_sets", "checks"), Map.entry("ruleset", "checks"),
			Map.entry("review_events", "review"), Map.entry("row_comments", "review"),
			Map.entry("reviewevent", "review"), Map.entry("rowcomment", "review"), Map.entry("audit_chain", "audit"),
			Map.entry("audit_events", "audit"), Map.entry("auditevent", "audit"), Map.entry("chainhead", "audit"),
			Map.entry("notifications", "notifications"), Map.entry("notification", "notifications"),
			Map.entry("indicator_library", "imports"), Map.entry("libraryentry", "imports"),
			Map.entry("import_jobs", "imports"), Map.entry("import_job_uploads", "imports"),
			Map.entry("spring_session", "system"),
			Map.entry("monitoring_rounds", "monitoring"), Map.entry("monitoring_reports", "monitoring"),
			Map.entry("monitoring_rows", "monitoring"), Map.entry("monitoring_rules", "monitoring"),
			Map.entry("monitoringround", "monitoring"), Map.entry("monitoringreport", "monitoring"),
			Map.entry("evaluation_rule_sets", "evaluation"), Map.entry("evaluation_rounds", "evaluation"),
			Map.entry("evaluations", "evaluation"), Map.entry("evaluation_rows", "evaluation"),
			Map.entry("evaluationround", "evaluation"), Map.entry("evaluation", "evaluation"), Map.entry("spring_session_attributes", "system"));

	/** The demo data generator writes every module's tables in JDBC batches, as a bulk loader (not the product). */
	private static final String EXEMPT = "demo";

	private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
			Pattern.DOTALL);

	private static final Pattern TABLE = Pattern.compile("\\b(?:from|join|into|update)\\s+([A-Za-z_][A-Za-z_0-9.]*)",
			Pattern.CASE_INSENSITIVE);

	@Test
	void everyQueryReadsOnlyTheTablesOfItsOwnModule() throws IOException {
		List<String> crossing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String module = SOURCES.relativize(file).getName(0).toString();
				if (module.equals(EXEMPT) || file.getParent().equals(SOURCES)) {
					continue;
				}
				Matcher literal = LITERAL.matcher(Files.readString(file));
				while (literal.find()) {
					String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
					Matcher table = TABLE.matcher(text);
					while (table.find()) {
						String name = table.group(1).substring(table.group(1).lastIndexOf('.') + 1)
							.toLowerCase(Locale.ROOT);
						String owner = name.startsWith("act_") ? "review" : OWNERS.get(name);
						if (owner != null && !owner.equals(module)) {
							crossing.add(SOURCES.relativize(file) + ": " + table.group() + " (owned by " + owner + ")");
						}
					}
				}
			}
		}
		assertThat(crossing).isEmpty();
	}

	@Test
	void everyTableOfTheMigrationsHasAnOwner() throws IOException {
		TreeSet<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
			for (Path file : files.toList()) {
				Matcher create = Pattern.compile("create table\\s+(\\w+)", Pattern.CASE_INSENSITIVE)
					.matcher(Files.readString(file));
				while (create.find()) {
					created.add(create.group(1).toLowerCase(Locale.ROOT));
				}
			}
		}
		assertThat(OWNERS.keySet()).containsAll(created);
	}
}
