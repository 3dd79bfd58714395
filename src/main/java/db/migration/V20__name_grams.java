package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Searching tables by name read every table of the year (a substring match: 0.3-0.6 s at 100,000 tables). Now
 * {@code table_name_grams} holds each character pair of every name a table has carried (its project name, each
 * version's, a unit table's unit name; each name's last character alone too), indexed by pair, and the search starts
 * from there (io.jixiao.targets.NameGrams). Triggers keep it up to date in the writing transaction, whatever writes
 * the row (the product, the generator, an operator), without a statement more from the product; pairs are only
 * added (a renamed table keeps its old ones: one candidate more, dropped by the exact match). No foreign key: tables
 * are never deleted. This migration fills it for the existing tables.
 */
public class V20__name_grams extends BaseJavaMigration {

	/** The longest name: project names (organizations' are 200). */
	private static final int LONGEST = 300;

	/** The pairs of a name, {@code ?}: SUBSTRING of two characters at each position (the last gives one). */
	static final String PAIRS = "select distinct substring(lower(n.name), p.i, 2), n.table_id from %s n"
			+ " join name_gram_positions p on p.i <= char_length(n.name)";

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		boolean h2 = connection.getMetaData().getDatabaseProductName().startsWith("H2");
		try (Statement ddl = connection.createStatement()) {
			// MariaDB: pairs compared as written, whatever the server's default collation
			String binary = h2 ? "" : " character set utf8mb4 collate utf8mb4_bin";
			ddl.execute("create table table_name_grams (gram varchar(2)" + binary + " not null, table_id bigint not null,"
					+ " constraint pk_table_name_grams primary key (gram, table_id))");
			ddl.execute("create table name_gram_positions (i int not null primary key)");
		}
		try (PreparedStatement position = connection.prepareStatement("insert into name_gram_positions (i) values (?)")) {
			for (int i = 1; i <= LONGEST; i++) {
				position.setInt(1, i);
				position.addBatch();
			}
			position.executeBatch();
		}
		// in slices of table ids: one statement over 100,000 tables made MariaDB a temporary table of millions of rows
		String insert = h2 ? "merge into table_name_grams (gram, table_id) key (gram, table_id) " : MYSQL_INSERT;
		long last;
		try (Statement max = connection.createStatement();
				ResultSet found = max.executeQuery("select coalesce(max(id), 0) from target_tables")) {
			found.next();
			last = found.getLong(1);
		}
		for (String names : FILL) {
			try (PreparedStatement fill = connection.prepareStatement(insert + PAIRS.formatted(names))) {
				for (long from = 0; from < last; from += SLICE) {
					fill.setLong(1, from);
					fill.setLong(2, from + SLICE);
					fill.executeUpdate();
				}
			}
		}
		try (Statement ddl = connection.createStatement()) {
			for (String trigger : h2 ? H2_TRIGGERS : MYSQL_TRIGGERS) {
				ddl.execute(trigger);
			}
		}
	}

	private static final int SLICE = 5_000;

	/** The names a table has carried: its own, its versions', a unit table's unit's; tables with ids in (?, ?]. */
	private static final String[] FILL = {
			"(select id table_id, project_name name from target_tables where id > ? and id <= ?)",
			"(select table_id, project_name name from table_versions where table_id > ? and table_id <= ?)",
			"(select t.id table_id, o.name from target_tables t join organizations o on o.id = t.unit_id"
					+ " where t.kind = 'UNIT' and t.id > ? and t.id <= ?)" };

	private static final String[] H2_TRIGGERS = {
			"create trigger tg_target_tables_grams after insert, update on target_tables for each row call '"
					+ NameGramTrigger.class.getName() + "'",
			"create trigger tg_table_versions_grams after insert on table_versions for each row call '"
					+ NameGramTrigger.class.getName() + "'",
			"create trigger tg_organizations_grams after update on organizations for each row call '"
					+ NameGramTrigger.class.getName() + "'" };

	private static final String MYSQL_INSERT = "insert ignore into table_name_grams (gram, table_id) ";

	private static final String[] MYSQL_TRIGGERS = {
			"create trigger tg_target_tables_grams_insert after insert on target_tables for each row " + MYSQL_INSERT
					+ PAIRS.formatted("(select NEW.id table_id, NEW.project_name name union all select NEW.id, o.name"
							+ " from organizations o where NEW.kind = 'UNIT' and o.id = NEW.unit_id)"),
			// every transition updates the row; the pairs are written only when the name or a unit table's unit changed
			"create trigger tg_target_tables_grams_update after update on target_tables for each row " + MYSQL_INSERT
					+ PAIRS.formatted("(select NEW.id table_id, NEW.project_name name from dual"
							+ " where not (NEW.project_name <=> OLD.project_name) union all select NEW.id, o.name"
							+ " from organizations o where NEW.kind = 'UNIT' and o.id = NEW.unit_id"
							+ " and NEW.unit_id <> OLD.unit_id)"),
			"create trigger tg_table_versions_grams after insert on table_versions for each row " + MYSQL_INSERT
					+ PAIRS.formatted("(select NEW.table_id table_id, NEW.project_name name)"),
			"create trigger tg_organizations_grams after update on organizations for each row " + MYSQL_INSERT
					+ PAIRS.formatted("(select t.id table_id, NEW.name name from target_tables t"
							+ " where t.unit_id = NEW.id and t.kind = 'UNIT' and not (NEW.name <=> OLD.name))") };
}
