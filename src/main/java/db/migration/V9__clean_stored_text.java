package db.migration;

import io.jixiao.system.PlainText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Removes control characters and unpaired surrogates from the text stored before the boundary refused them (issue
 * 20): they broke the public PDF and the xlsx exports. In Java, because no SQL pattern for them works on both H2 and
 * MariaDB. The audit trail is left as written: its hash chain covers the text, and its export cleans it.
 */
public class V9__clean_stored_text extends BaseJavaMigration {

	/** Each table's key columns, then its text columns. */
	private static final Map<String, List<List<String>>> TEXT = Map.ofEntries(
			Map.entry("organizations", List.of(List.of("id"), List.of("name"))),
			Map.entry("users", List.of(List.of("id"), List.of("display_name"))),
			Map.entry("target_tables", List.of(List.of("id"), List.of("project_name", "project_lead",
					"implementing_unit", "contact_person", "contact_phone", "overall_goal", "satisfaction_na_reason",
					"disclosure_reason"))),
			Map.entry("table_versions", List.of(List.of("id"), List.of("project_name", "project_lead",
					"implementing_unit", "contact_person", "contact_phone", "overall_goal", "satisfaction_na_reason"))),
			Map.entry("indicators", List.of(List.of("table_id", "position"), List.of("level1", "level2", "name",
					"value_text", "basis", "last_year_value", "scoring_rule", "evidence", "justification"))),
			Map.entry("version_indicators", List.of(List.of("version_id", "position"), List.of("level1", "level2",
					"name", "value_text", "basis", "last_year_value", "scoring_rule", "evidence", "justification"))),
			Map.entry("review_events", List.of(List.of("id"), List.of("comment_text", "actor_name", "target_name"))),
			Map.entry("row_comments", List.of(List.of("id"), List.of("row_name", "comment_text", "author_name"))),
			Map.entry("notifications", List.of(List.of("id"), List.of("message"))),
			Map.entry("indicator_library", List.of(List.of("id"), List.of("level1", "level2", "name", "value_text",
					"basis"))));

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		for (var table : TEXT.entrySet()) {
			clean(connection, table.getKey(), table.getValue().get(0), table.getValue().get(1));
		}
	}

	private static void clean(Connection connection, String table, List<String> keys, List<String> columns)
			throws Exception {
		List<Object[]> changes = new ArrayList<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select " + String.join(", ", keys) + ", "
						+ String.join(", ", columns) + " from " + table)) {
			while (rows.next()) {
				Object[] row = new Object[columns.size() + keys.size()];
				boolean changed = false;
				for (int c = 0; c < columns.size(); c++) {
					String text = rows.getString(keys.size() + c + 1);
					row[c] = PlainText.clean(text);
					changed |= text != null && !text.equals(row[c]);
				}
				for (int k = 0; k < keys.size(); k++) {
					row[columns.size() + k] = rows.getObject(k + 1);
				}
				if (changed) {
					changes.add(row);
				}
			}
		}
		if (changes.isEmpty()) {
			return;
		}
		String sql = "update " + table + " set " + String.join(" = ?, ", columns) + " = ? where "
				+ String.join(" = ? and ", keys) + " = ?";
		try (PreparedStatement update = connection.prepareStatement(sql)) {
			for (Object[] row : changes) {
				for (int i = 0; i < row.length; i++) {
					update.setObject(i + 1, row[i]);
				}
				update.addBatch();
			}
			update.executeBatch();
		}
	}
}
