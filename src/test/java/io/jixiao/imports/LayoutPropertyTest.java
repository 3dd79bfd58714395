package io.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The importer generalises: every table of the seeds (as the importer reads them) rendered by {@link LayoutGenerator}
 * in each of its layouts, and as workbooks, reads back field by field, with no warning the layout did not cause.
 * Prints the accuracy per layout.
 */
@NoDatabase
class LayoutPropertyTest {

	/** Fields compared, exact, tables expected and found, and warnings the layout does not explain. */
	static final class Score {

		int fields;
		int exact;
		int tables;
		int found;
		final Set<String> unexpected = new LinkedHashSet<>();
		final List<String> misses = new ArrayList<>();

		double accuracy() {
			return fields == 0 ? 1 : exact / (double) fields;
		}
	}

	/** The seeds' tables grouped into documents of one seed and year, with the warnings of the plain rendering. */
	static List<List<ImportedTable>> documents() {
		List<List<ImportedTable>> documents = new ArrayList<>();
		for (String seed : List.of(Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004)) {
			Map<Integer, List<ImportedTable>> byYear = new LinkedHashMap<>();
			for (ImportedTable table : DisclosureParser.parse(Seeds.text(seed)).tables()) {
				byYear.computeIfAbsent(table.year, y -> new ArrayList<>()).add(table);
			}
			documents.addAll(byYear.values());
		}
		return documents;
	}

	@Test
	void everySeedTableReadsBackFromEveryLayoutFieldByFieldWithOnlyTheWarningsItsLayoutCauses() {
		List<List<ImportedTable>> documents = documents();
		LayoutGenerator.Layout canonical = LayoutGenerator.layouts().get(0);
		List<Set<String>> baseline = new ArrayList<>();
		for (List<ImportedTable> document : documents) {
			LayoutGenerator.Rendering rendering = LayoutGenerator.render(document, canonical);
			baseline.add(codes(DisclosureParser.parse(rendering.text(canonical.separator))));
		}
		Map<String, Score> scores = new LinkedHashMap<>();
		for (LayoutGenerator.Layout layout : LayoutGenerator.layouts()) {
			Score score = new Score();
			for (int d = 0; d < documents.size(); d++) {
				LayoutGenerator.Rendering rendering = LayoutGenerator.render(documents.get(d), layout);
				DisclosureParser.Result result = DisclosureParser.parse(rendering.text(layout.separator));
				compare(rendering.expected(), result, score);
				unexpected(result, baseline.get(d), layout.allows, score);
			}
			scores.put(layout.name, score);
		}
		scores.put("workbook: tables stacked on a sheet", workbook(documents, baseline, false));
		scores.put("workbook: a table per sheet", workbook(documents, baseline, true));
		print(scores);
		int fields = scores.values().stream().mapToInt(s -> s.fields).sum();
		int exact = scores.values().stream().mapToInt(s -> s.exact).sum();
		assertThat(scores).hasSizeGreaterThanOrEqualTo(30);
		assertThat(exact / (double) fields).isGreaterThanOrEqualTo(0.99);
		scores.forEach((name, score) -> {
			assertThat(score.found).as(name).isEqualTo(score.tables);
			assertThat(score.accuracy()).as(name + " " + score.misses).isGreaterThanOrEqualTo(0.97);
			assertThat(score.unexpected).as(name).isEmpty();
		});
	}

	private static Score workbook(List<List<ImportedTable>> documents, List<Set<String>> baseline, boolean perSheet) {
		Score score = new Score();
		LayoutGenerator.Layout canonical = LayoutGenerator.layouts().get(0);
		for (int d = 0; d < documents.size(); d++) {
			LayoutGenerator.Rendering rendering = LayoutGenerator.render(documents.get(d), canonical);
			DisclosureParser.Result result = Workbooks.READER.read(new Upload("tables.xlsx", xlsx(rendering, perSheet)));
			compare(rendering.expected(), result, score);
			unexpected(result, baseline.get(d), Set.of(), score);
		}
		return score;
	}

	/** The rendering in a workbook: all rows on one sheet, or each table (from its title on) on a sheet of its own. */
	static byte[] xlsx(LayoutGenerator.Rendering rendering, boolean perSheet) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("表1");
			int r = 0;
			for (List<String> cells : rendering.rows()) {
				boolean title = cells.size() == 1 && cells.get(0).contains("绩效目标");
				if (perSheet && title && r > 2) {
					sheet = workbook.createSheet("表" + (workbook.getNumberOfSheets() + 1));
					r = 0;
				}
				row(sheet.createRow(r++), cells);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A row of cells as Excel holds them: numbers as numeric cells, empty cells absent. */
	static void row(Row row, List<String> cells) {
		for (int c = 0; c < cells.size(); c++) {
			String text = cells.get(c);
			if (text.matches("\\d{1,6}(\\.\\d{1,2})?") && !text.matches("0\\d+")) {
				row.createCell(c).setCellValue(Double.parseDouble(text));
			}
			else if (!text.isEmpty()) {
				row.createCell(c).setCellValue(text);
			}
		}
	}

	static Set<String> codes(DisclosureParser.Result result) {
		Set<String> codes = new LinkedHashSet<>();
		result.notes().warnings().forEach(n -> codes.add(n.code()));
		result.notes().errors().forEach(n -> codes.add(n.code()));
		return codes;
	}

	private static void unexpected(DisclosureParser.Result result, Set<String> baseline, Set<String> allows,
			Score score) {
		for (String code : codes(result)) {
			if (!baseline.contains(code) && !allows.contains(code)) {
				score.unexpected.add(code);
			}
		}
	}

	static void compare(List<ImportedTable> expected, DisclosureParser.Result result, Score score) {
		List<ImportedTable> found = new ArrayList<>(result.tables());
		for (ImportedTable want : expected) {
			score.tables++;
			ImportedTable got = found.stream().filter(t -> t.kind == want.kind && Objects.equals(same(t.title()),
					same(want.title()))).findFirst().orElse(null);
			List<Object> wanted = fields(want);
			if (got == null) {
				score.fields += wanted.size();
				score.misses.add("missing table " + want.title());
				continue;
			}
			found.remove(got);
			score.found++;
			List<Object> read = fields(got);
			for (int i = 0; i < wanted.size(); i++) {
				score.fields++;
				Object r = i < read.size() ? read.get(i) : null;
				if (Objects.equals(wanted.get(i), r)) {
					score.exact++;
				}
				else if (score.misses.size() < 6) {
					score.misses.add(want.title() + "#" + i + " want «" + wanted.get(i) + "» got «" + r + "»");
				}
			}
		}
	}

	/** Every field of a table and its rows, as the user sees it: white space runs as one space, amounts by value. */
	static List<Object> fields(ImportedTable t) {
		List<Object> fields = new ArrayList<>(List.of(String.valueOf(t.kind), String.valueOf(t.year)));
		for (Object field : new Object[] { t.budgetUnit, t.projectName, t.projectLead, t.contactPerson, t.contactPhone,
				t.overallGoal, t.totalFunds, t.fiscalFunds, t.otherFunds, t.fiscalUpper, t.fiscalLocal }) {
			fields.add(same(field));
		}
		for (ImportedRow row : t.rows) {
			for (Object field : new Object[] { row.level1(), row.level2(), row.name(), row.value(), row.basis(),
					row.lastYearValue(), row.weight(), row.scoringRule(), row.evidence() }) {
				fields.add(same(field));
			}
		}
		return fields;
	}

	private static String same(Object field) {
		if (field instanceof BigDecimal amount) {
			return amount.stripTrailingZeros().toPlainString();
		}
		return field == null ? null : field.toString().replaceAll("\\s+", " ").strip();
	}

	private static void print(Map<String, Score> scores) {
		System.out.println("| layout | tables found | fields exact | accuracy | unexpected warnings |");
		System.out.println("|---|---|---|---|---|");
		scores.forEach((name, s) -> System.out.printf("| %s | %d/%d | %d/%d | %.2f %% | %s |%n", name, s.found, s.tables,
				s.exact, s.fields, 100 * s.accuracy(), s.unexpected.isEmpty() ? "none" : String.join(", ", s.unexpected)));
		scores.forEach((name, s) -> {
			if (!s.misses.isEmpty()) {
				System.out.println("  " + name + ": " + s.misses);
			}
		});
	}
}
