package io.jixiao.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** The generator's writes that need the ids the database gives, and its draws by shares in percent. */
final class Inserts {

	private Inserts() {
	}

	/** Sets one batch row's parameters from its item. */
	interface RowSetter<T> {
		void set(PreparedStatement ps, T item) throws SQLException;
	}

	/** Inserts one row and returns its generated id. */
	static long one(JdbcTemplate jdbc, String sql, Object... values) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(c -> {
			PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
			for (int i = 0; i < values.length; i++) {
				ps.setObject(i + 1, values[i]);
			}
			return ps;
		}, key);
		return key.getKey().longValue();
	}

	/** Inserts a row per item in one JDBC batch and returns their generated ids, in the items' order. */
	static <T> List<Long> batch(JdbcTemplate jdbc, String sql, List<T> items, RowSetter<T> setter) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.batchUpdate(c -> c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS),
				new BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						setter.set(ps, items.get(i));
					}

					@Override
					public int getBatchSize() {
						return items.size();
					}
				}, keys);
		return keys.getKeyList().stream().map(k -> ((Number) k.values().iterator().next()).longValue()).toList();
	}

	/** One of the choices, each as often as its share in percent (the shares add up to 100). */
	static <T> T pick(SplittableRandom random, List<T> choices, ToIntFunction<T> percent) {
		int roll = random.nextInt(100);
		for (T choice : choices) {
			roll -= percent.applyAsInt(choice);
			if (roll < 0) {
				return choice;
			}
		}
		throw new IllegalStateException("shares add up to less than 100");
	}
}
