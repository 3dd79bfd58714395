package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's triggers of {@link V20__name_grams} (H2 runs triggers written in Java; MariaDB's are SQL): the character pairs
 * of a table's new name, of a new version's name, and of a unit's new name for its unit tables.
 */
public class NameGramTrigger implements Trigger {

	private static final String MERGE = "merge into table_name_grams (gram, table_id) key (gram, table_id) ";

	private String table;
	private final Map<String, Integer> columns = new HashMap<>();

	@Override
	public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
			throws SQLException {
		this.table = table.toLowerCase(Locale.ROOT);
		try (ResultSet found = connection.getMetaData().getColumns(null, schema, table, null)) {
			while (found.next()) {
				columns.put(found.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), found.getInt("ORDINAL_POSITION") - 1);
			}
		}
	}

	@Override
	public void fire(Connection connection, Object[] old, Object[] row) throws SQLException {
		switch (table) {
			case "target_tables" -> {
				if (old == null || changed(old, row, "project_name")) {
					pairs(connection, "(select cast(? as bigint) table_id, cast(? as varchar(300)) name)",
							value(row, "id"), value(row, "project_name"));
				}
				if ("UNIT".equals(value(row, "kind")) && (old == null || changed(old, row, "unit_id"))) {
					pairs(connection, "(select cast(? as bigint) table_id, o.name from organizations o where o.id = ?)",
							value(row, "id"), value(row, "unit_id"));
				}
			}
			case "table_versions" -> pairs(connection,
					"(select cast(? as bigint) table_id, cast(? as varchar(300)) name)", value(row, "table_id"),
					value(row, "project_name"));
			default -> {
				if (changed(old, row, "name")) {
					pairs(connection, "(select t.id table_id, cast(? as varchar(300)) name from target_tables t"
							+ " where t.unit_id = ? and t.kind = 'UNIT')", value(row, "name"), value(row, "id"));
				}
			}
		}
	}

	private Object value(Object[] row, String column) {
		return row[columns.get(column)];
	}

	private boolean changed(Object[] old, Object[] row, String column) {
		return !Objects.equals(value(old, column), value(row, column));
	}

	private static void pairs(Connection connection, String names, Object first, Object second) throws SQLException {
		try (PreparedStatement merge = connection.prepareStatement(MERGE + V20__name_grams.PAIRS.formatted(names))) {
			merge.setObject(1, first);
			merge.setObject(2, second);
			merge.executeUpdate();
		}
	}
}
