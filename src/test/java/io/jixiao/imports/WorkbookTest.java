package io.jixiao.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.NoDatabase;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;

/** The Excel template: what is written is read back unchanged; cells of the wrong type are errors at their cell. */
@NoDatabase
class WorkbookTest {

	private static final ImportMessages MESSAGES = Seeds.messages();

	static DisclosureParser.Result read(byte[] bytes) {
		return Workbooks.READER.read(new Upload("tables.xlsx", bytes));
	}

	static List<String> errors(DisclosureParser.Result result) {
		return result.notes().errors().stream().map(MESSAGES::text).toList();
	}

	@Test
	void everyTableOfEverySeedComesBackFromTheTemplateAsItWasWritten() {
		for (String seed : List.of(Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004)) {
			List<ImportedTable> written = DisclosureParser.parse(Seeds.text(seed)).tables();
			DisclosureParser.Result read = read(Workbooks.WRITER.write(written));

			assertThat(read.notes().errors()).as(seed).isEmpty();
			assertThat(read.tables()).hasSameSizeAs(written);
			for (int i = 0; i < written.size(); i++) {
				ImportedTable a = written.get(i);
				ImportedTable b = read.tables().get(i);
				assertThat(b).usingRecursiveComparison()
					.ignoringFields("rows", "line", "sheet", "id", "format", "titled")
					.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
					.as(seed + " table " + (i + 1))
					.isEqualTo(a);
				assertThat(b.rows).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
					.usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
					.isEqualTo(a.rows);
			}
		}
	}

	@Test
	void textInAWeightCellIsAnErrorAtItsSheetRowAndColumn() {
		byte[] bytes = Workbooks.edited(sheet -> sheet.getRow(17).getCell(6).setCellValue("十分"));

		assertThat(errors(read(bytes)))
			.containsExactly("工作表「表1 保洁用品项目」第 18 行 G 列：「指标分值权重」应填写数字，实际为「十分」。");
	}

	@Test
	void textInAnAmountCellAndAYearInWordsAreErrors() {
		byte[] bytes = Workbooks.edited(sheet -> {
			sheet.getRow(2).getCell(1).setCellValue("明年");
			sheet.getRow(9).getCell(1).setCellValue("三万元");
		});

		assertThat(errors(read(bytes))).contains("工作表「表1 保洁用品项目」第 3 行 B 列：「年度」应填写数字，实际为「明年」。",
				"工作表「表1 保洁用品项目」第 10 行 B 列：「年度资金总额（万元）」应填写数字，实际为「三万元」。");
	}

	@Test
	void numbersWrittenAsTextAndMergedLevelCellsAreAccepted() {
		byte[] bytes = Workbooks.edited(sheet -> {
			sheet.getRow(17).getCell(6).setCellValue("10");
			Row second = sheet.getRow(18);
			second.getCell(0).setBlank();
		});
		DisclosureParser.Result result = read(bytes);

		assertThat(result.notes().errors()).isEmpty();
		ImportedRow row = result.tables().get(0).rows.get(1);
		assertThat(row.level1()).isEqualTo("产出指标");
		assertThat(result.tables().get(0).rows.get(0).weight()).isEqualByComparingTo("10");
	}

	@Test
	void aFormulaGivesItsCachedResultWithAWarningAndAnExternalReferenceIsRefused() {
		byte[] cached = Workbooks.edited(sheet -> {
			var cell = sheet.getRow(17).getCell(6);
			cell.setCellFormula("5+5");
			sheet.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
		});
		DisclosureParser.Result ok = read(cached);
		assertThat(ok.notes().errors()).isEmpty();
		assertThat(ok.tables().get(0).rows.get(0).weight()).isEqualByComparingTo("10");
		assertThat(ok.notes().warnings()).extracting(MESSAGES::text).anyMatch(w -> w.contains("G18 是公式"));

		byte[] external = Workbooks.replacePart(Workbooks.edited(sheet -> sheet.getRow(17).getCell(3)
			.setCellFormula("A1")), "xl/worksheets/sheet2.xml",
				xml -> new String(xml, java.nio.charset.StandardCharsets.UTF_8).replace("<f>A1</f>", "<f>[1]Sheet1!A1</f>")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(errors(read(external))).anyMatch(e -> e.contains("引用了其他工作簿"));
	}
}
