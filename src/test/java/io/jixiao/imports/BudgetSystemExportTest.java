package io.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import io.jixiao.checks.IndicatorValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The integrated budget system's export: "2025年度项目支出绩效目标申报表", header rows 项目名称 / 预算单位 (or 主管部门 /
 * 实施单位), 资金情况（万元）, 年度绩效目标, and the columns 一级指标 … 指标性质 | 指标值 | 度量单位 | 分值 | 指标值说明 with level
 * cells only where they change; as a workbook with a sheet per unit and its tables stacked, a blank row between.
 */
@NoDatabase
class BudgetSystemExportTest {

	@Test
	void aWorkbookWithASheetPerUnitAndTablesStackedReadsEveryTableWithEveryIndicator() {
		for (boolean byDepartment : new boolean[] { false, true }) {
			LayoutGenerator.Layout export = new LayoutGenerator.Layout("export").export(byDepartment);
			List<ImportedTable> expected = new ArrayList<>();
			byte[] workbook = workbook(export, expected);
			DisclosureParser.Result result = Workbooks.READER.read(new Upload("export.xlsx", workbook));

			LayoutPropertyTest.Score score = new LayoutPropertyTest.Score();
			LayoutPropertyTest.compare(expected, result, score);
			assertThat(result.tables()).hasSize(47);
			assertThat(score.misses).isEmpty();
			assertThat(score.exact).isEqualTo(score.fields);
			assertThat(result.tables().stream().mapToInt(t -> t.rows.size()).sum())
				.isEqualTo(expected.stream().mapToInt(t -> t.rows.size()).sum());
			assertThat(result.notes().errors()).isEmpty();
			assertThat(result.tables()).allSatisfy(t -> assertThat(t.sheet).isEqualTo(t.budgetUnit.length() > 31
					? t.budgetUnit.substring(0, 31) : t.budgetUnit));
		}
	}

	@Test
	void theValueIsPutTogetherFromSignNumberAndUnitAndAQualitativeTargetKeepsItsWords() {
		List<ImportedTable> expected = new ArrayList<>();
		DisclosureParser.Result result = Workbooks.READER
			.read(new Upload("export.xlsx", workbook(new LayoutGenerator.Layout("export").export(false), expected)));

		List<ImportedRow> rows = result.tables().stream().flatMap(t -> t.rows.stream()).toList();
		assertThat(rows).extracting(ImportedRow::value).contains(">=95%", "<=1.5万元", "有所提升", "100%", "≥3365");
		IndicatorValue parsed = IndicatorValue.parse(rows.stream().filter(r -> r.value().equals("<=1.5万元")).findFirst()
			.orElseThrow().value());
		assertThat(List.of(parsed.operator().name(), parsed.number().toPlainString(), parsed.unit()))
			.containsExactly("LE", "1.5", "万元");
		// numbers are numeric cells and read as Excel shows them
		assertThat(rows).extracting(ImportedRow::value).noneMatch(v -> v.matches(".*\\d\\.0(?!\\d).*"));
		// the composition is one counted note per table, not a note per row
		List<Notes.Note> composed = result.notes().warnings().stream()
			.filter(n -> n.code().equals("imports.warn.valueComposed")).toList();
		assertThat(composed).extracting(Notes.Note::table).doesNotHaveDuplicates().hasSize(result.tables().size());
		assertThat(composed.stream().mapToInt(n -> Integer.parseInt(n.args().get(0))).sum()).isPositive()
			.isLessThan(rows.size());
	}

	@Test
	void theSameLayoutAsTextReadsTheSame() {
		List<List<ImportedTable>> documents = LayoutPropertyTest.documents();
		LayoutGenerator.Layout export = new LayoutGenerator.Layout("export").export(true);
		for (List<ImportedTable> document : documents) {
			LayoutGenerator.Rendering rendering = LayoutGenerator.render(document, export);
			LayoutPropertyTest.Score score = new LayoutPropertyTest.Score();
			LayoutPropertyTest.compare(rendering.expected(),
					DisclosureParser.parse(rendering.text(LayoutGenerator.Separator.TAB)), score);
			assertThat(score.misses).isEmpty();
			assertThat(score.found).isEqualTo(document.size());
		}
	}

	/** The number of a value was a numeric cell: Excel shows 1.50 as 1.5. */
	private static ImportedTable asExcelShows(ImportedTable table) {
		List<ImportedRow> rows = new ArrayList<>(table.rows);
		table.rows.clear();
		for (ImportedRow r : rows) {
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\D*)(\\d+\\.\\d+)(\\D*)$").matcher(r.value());
			String value = m.matches()
					? m.group(1) + new java.math.BigDecimal(m.group(2)).stripTrailingZeros().toPlainString() + m.group(3)
					: r.value();
			table.rows.add(new ImportedRow(r.level1(), r.level2(), r.name(), value, r.basis(), r.lastYearValue(), r.weight(),
					r.scoringRule(), r.evidence(), r.line()));
		}
		return table;
	}

	/** The seeds' tables in the export layout: a sheet per budget unit, each unit's tables one below another. */
	private static byte[] workbook(LayoutGenerator.Layout export, List<ImportedTable> expected) {
		Map<String, List<ImportedTable>> byUnit = new LinkedHashMap<>();
		for (List<ImportedTable> document : LayoutPropertyTest.documents()) {
			for (ImportedTable table : document) {
				byUnit.computeIfAbsent(table.budgetUnit, u -> new ArrayList<>()).add(table);
			}
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (Map.Entry<String, List<ImportedTable>> unit : byUnit.entrySet()) {
				Sheet sheet = workbook.createSheet(unit.getKey().length() > 31 ? unit.getKey().substring(0, 31) : unit.getKey());
				int r = 0;
				for (ImportedTable table : unit.getValue()) {
					LayoutGenerator.Rendering rendering = LayoutGenerator.render(List.of(table), export);
					rendering.expected().forEach(t -> expected.add(asExcelShows(t)));
					// the export has no document heading: the tables alone, a blank row after each
					for (List<String> cells : rendering.rows().subList(2, rendering.rows().size())) {
						LayoutPropertyTest.row(sheet.createRow(r++), cells);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
