package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * User names are one account regardless of case (wanglei and WangLei were two): users.username_key holds the name in
 * lower case under a unique constraint, and sign-in looks it up. Names that already differ only in case are not
 * merged: the migration stops, changes nothing and names them, for an administrator to rename or remove all but one
 * of each group (the accounts may belong to different people) before starting again.
 */
public class V12__usernames_unique_regardless_of_case extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		Map<String, List<String>> byKey = new TreeMap<>();
		Map<Long, String> keys = new TreeMap<>();
		try (Statement select = connection.createStatement();
				ResultSet rows = select.executeQuery("select id, username from users order by id")) {
			while (rows.next()) {
				keys.put(rows.getLong(1), key(rows.getString(2)));
				byKey.computeIfAbsent(key(rows.getString(2)), k -> new ArrayList<>())
					.add(rows.getString(2) + " (id " + rows.getLong(1) + ")");
			}
		}
		List<String> clashes = byKey.values().stream().filter(names -> names.size() > 1)
			.map(names -> String.join(", ", names)).toList();
		if (!clashes.isEmpty()) {
			throw new IllegalStateException("User names that differ only in case must be made distinct before this "
					+ "version starts (nothing was changed): " + String.join("; ", clashes)
					+ ". Rename all but one of each group (UPDATE users SET username = '...' WHERE id = ...), then start again.");
		}
		try (Statement alter = connection.createStatement()) {
			alter.execute("alter table users add column username_key varchar(60)");
		}
		try (PreparedStatement update = connection.prepareStatement("update users set username_key = ? where id = ?")) {
			for (var entry : keys.entrySet()) {
				update.setString(1, entry.getValue());
				update.setLong(2, entry.getKey());
				update.addBatch();
			}
			update.executeBatch();
		}
		try (Statement alter = connection.createStatement()) {
			alter.execute("alter table users add constraint uk_users_username_key unique (username_key)");
		}
	}

	/** The account a typed name means: as io.jixiao.organizations.UserAccount writes it. */
	static String key(String username) {
		return username.toLowerCase(Locale.ROOT);
	}
}
