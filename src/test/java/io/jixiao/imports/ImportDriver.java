package io.jixiao.imports;

import io.jixiao.organizations.Account;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * The import path as the import API takes it ({@link ImportService#run}), for the import benchmark in
 * {@code io.jixiao.bench}: the service and its types are package-private.
 */
public final class ImportDriver {

	/** What one import read, and whether it saved its tables as drafts. */
	public record Outcome(int tables, int indicators, int warnings, int errors, boolean saved) {
	}

	private final ImportService service;

	public ImportDriver(ApplicationContext context) {
		this.service = context.getBean(ImportService.class);
	}

	/** One text upload, read and checked; with {@code dryRun} false saved as drafts of the account's unit. */
	public Outcome run(Account account, String name, byte[] text, boolean dryRun) {
		ImportService.Result result = service.run(account, List.of(new Upload(name, text)), dryRun, null,
				ImportService.Progress.NONE);
		int rows = result.tables().stream().mapToInt(table -> table.rows.size()).sum();
		return new Outcome(result.tables().size(), rows, result.notes().warnings().size(),
				result.notes().errors().size(), result.saved());
	}

	/** A 2 MB workbook whose shared-strings part holds {@code strings} more distinct strings (issue 20). */
	public static byte[] workbookWithStrings(int strings) {
		return Workbooks.manyStrings(strings);
	}

	/** The seed documents one after another until the text has at least {@code lines} lines. */
	public static byte[] longDocument(int lines) {
		StringBuilder text = new StringBuilder();
		String[] seeds = { Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004 };
		for (int i = 0; text.toString().split("\n", -1).length < lines; i++) {
			text.append(Seeds.text(seeds[i % seeds.length])).append('\n');
		}
		return text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * The seeds' tables, repeated until there are {@code tables}, in the integrated budget system's export layout:
	 * ten tables stacked on each sheet, a blank row between them.
	 */
	public static byte[] budgetExportWorkbook(int tables) {
		List<ImportedTable> all = LayoutPropertyTest.documents().stream().flatMap(List::stream).toList();
		LayoutGenerator.Layout export = new LayoutGenerator.Layout("export").export(false);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = new java.io.ByteArrayOutputStream()) {
			org.apache.poi.ss.usermodel.Sheet sheet = null;
			int r = 0;
			for (int t = 0; t < tables; t++) {
				if (t % 10 == 0) {
					sheet = workbook.createSheet("单位" + (t / 10 + 1));
					r = 0;
				}
				LayoutGenerator.Rendering rendering = LayoutGenerator.render(List.of(all.get(t % all.size())), export);
				for (List<String> cells : rendering.rows().subList(2, rendering.rows().size())) {
					LayoutPropertyTest.row(sheet.createRow(r++), cells);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The heaviest workbook within the limits: {@code rows} more rows of {@code columns} distinct text cells. */
	public static byte[] workbookNearTheLimits(int rows, int columns) {
		return Workbooks.nearTheLimits(rows, columns);
	}

	/** Whether an upload was refused before it was read, as the API's 413 of a workbook over a limit. */
	public Outcome runOrRefuse(Account account, String name, byte[] bytes) {
		try {
			return run(account, name, bytes, true);
		}
		catch (WorkbookLimits.TooLarge e) {
			return null;
		}
	}
}
