package db.migration;

import io.jixiao.checks.TableFormat;
import io.jixiao.checks.TableKind;
import io.jixiao.targets.IndicatorOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Puts the indicator rows stored before the aggregate kept them in official order (issue 14) into that order: the
 * rows of every table and of every submitted version, renumbering only their position, so every other column stays
 * as written. Row comments follow their row. In Java, because the order is the targets module's {@link IndicatorOrder}.
 */
public class V11__official_indicator_order extends BaseJavaMigration {

	/** A stored row: where it is and what orders it. */
	private record Row(int position, String level1, String level2, String name) {
	}

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Map<Long, IndicatorOrder> tables = orders(connection, "select id, kind, table_format from target_tables");
		reorder(connection, "indicators", "table_id", tables, null);
		Map<Long, IndicatorOrder> versions = orders(connection, "select v.id, t.kind, t.table_format"
				+ " from table_versions v join target_tables t on t.id = v.table_id");
		reorder(connection, "version_indicators", "version_id", versions, new CommentMover(connection));
	}

	/** The order of each table (or version) by its id, from its kind and format. */
	private static Map<Long, IndicatorOrder> orders(Connection connection, String sql) throws Exception {
		Map<Long, IndicatorOrder> orders = new HashMap<>();
		try (Statement select = connection.createStatement(); ResultSet rows = select.executeQuery(sql)) {
			while (rows.next()) {
				orders.put(rows.getLong(1), IndicatorOrder.of(TableKind.valueOf(rows.getString(2)),
						TableFormat.valueOf(rows.getString(3))));
			}
		}
		return orders;
	}

	/**
	 * Moves the rows of each owner that are out of order: first to a free negative position (the key is owner and
	 * position), then all at once to their place.
	 */
	private static void reorder(Connection connection, String table, String owner, Map<Long, IndicatorOrder> orders,
			CommentMover comments) throws Exception {
		List<long[]> moves = new ArrayList<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select " + owner + ", position, level1, level2, name from "
						+ table + " order by " + owner + ", position")) {
			Long current = null;
			List<Row> group = new ArrayList<>();
			while (rows.next()) {
				long id = rows.getLong(1);
				if (current != null && current != id) {
					plan(current, group, orders.get(current), moves, comments);
					group.clear();
				}
				current = id;
				group.add(new Row(rows.getInt(2), rows.getString(3), rows.getString(4), rows.getString(5)));
			}
			if (current != null) {
				plan(current, group, orders.get(current), moves, comments);
			}
		}
		if (moves.isEmpty()) {
			return;
		}
		try (PreparedStatement away = connection.prepareStatement(
				"update " + table + " set position = ? where " + owner + " = ? and position = ?");
				PreparedStatement back = connection.prepareStatement(
						"update " + table + " set position = -position - 1 where " + owner + " = ? and position < 0")) {
			for (long[] move : moves) {
				away.setLong(1, -move[2] - 1);
				away.setLong(2, move[0]);
				away.setLong(3, move[1]);
				away.addBatch();
			}
			away.executeBatch();
			for (long id : moves.stream().mapToLong(move -> move[0]).distinct().toArray()) {
				back.setLong(1, id);
				back.addBatch();
			}
			back.executeBatch();
		}
		if (comments != null) {
			comments.apply();
		}
	}

	/** Records the moves of one owner's rows: owner, old position, new position. */
	private static void plan(long owner, List<Row> rows, IndicatorOrder order, List<long[]> moves,
			CommentMover comments) {
		List<Row> sorted = order.sorted(rows, Row::level1, Row::level2);
		for (int at = 0; at < sorted.size(); at++) {
			Row row = sorted.get(at);
			if (row.position() != at) {
				moves.add(new long[] { owner, row.position(), at });
				if (comments != null) {
					comments.moved(owner, row.position(), at, row.name());
				}
			}
		}
	}

	/** Row comments name their row by its index in the version they were written on: they follow the row. */
	private static final class CommentMover {

		private final Connection connection;
		private final List<Object[]> moves = new ArrayList<>();

		CommentMover(Connection connection) {
			this.connection = connection;
		}

		void moved(long versionId, int from, int to, String name) {
			moves.add(new Object[] { versionId, from, to, name });
		}

		/** One statement per moved row; the comment's row name guards against a comment on another row. */
		void apply() throws Exception {
			if (moves.isEmpty()) {
				return;
			}
			// comments whose row moved, with the new index, tagged negative until all are set
			try (PreparedStatement update = connection.prepareStatement("update row_comments set row_index = ?"
					+ " where row_index = ? and row_name = ? and (table_id, version_number) in"
					+ " (select table_id, version_number from table_versions where id = ?)");
					Statement restore = connection.createStatement()) {
				for (Object[] move : moves) {
					update.setInt(1, -(Integer) move[2] - 1);
					update.setInt(2, (Integer) move[1]);
					update.setString(3, (String) move[3]);
					update.setLong(4, (Long) move[0]);
					update.addBatch();
				}
				update.executeBatch();
				restore.executeUpdate("update row_comments set row_index = -row_index - 1 where row_index < 0");
			}
		}
	}
}
