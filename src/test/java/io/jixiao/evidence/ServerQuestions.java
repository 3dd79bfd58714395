package io.jixiao.evidence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements a MySQL-protocol server received on the connections of one pool, as the server counts them: the sum of
 * each connection's {@code Questions} (a session's count leaves out pings, with which Hikari checks a connection idle
 * for a while: a round trip but no statement). Reading the pool's own sessions rather than the global counter leaves
 * out whatever other test contexts on the same server do meanwhile.
 */
final class ServerQuestions {

	private final HikariDataSource pool;
	private final long overhead;

	ServerQuestions(HikariDataSource pool) throws SQLException {
		this.pool = pool;
		read(); // opens every connection the pool may hold, so the sessions read stay the same from here on
		long first = read();
		this.overhead = read() - first;
	}

	/** Runs the work and returns the statements it sent to the server (less those of this reading itself). */
	long count(ThrowingRunnable work) throws Exception {
		long before = read();
		work.run();
		return read() - before - overhead;
	}

	private long read() throws SQLException {
		List<Connection> held = new ArrayList<>();
		try {
			long sum = 0;
			for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
				Connection connection = pool.getConnection();
				held.add(connection);
				try (Statement show = connection.createStatement();
						ResultSet status = show.executeQuery("show session status like 'Questions'")) {
					status.next();
					sum += status.getLong(2);
				}
			}
			return sum;
		}
		finally {
			for (Connection connection : held) {
				connection.close();
			}
		}
	}

	interface ThrowingRunnable {
		void run() throws Exception;
	}
}
