package io.jixiao.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import db.migration.V12__usernames_unique_regardless_of_case;
import io.jixiao.ProductTest;
import io.jixiao.system.InvalidInputException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A user name is one account whatever its case: signing in, creating accounts and the migration that made it so. */
@ProductTest
class UsernameCaseTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationAdmin admin;

	@Test
	void signInIgnoresTheCaseOfTheName() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("FINANCE1", "demo12345"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("finance1"));
		mvc.perform(get("/api/v1/me").with(httpBasic("FINANCE1", "wrong"))).andExpect(status().isUnauthorized());
	}

	@Test
	void nameDifferingOnlyInCaseIsRefusedAsTaken() {
		long finance = organizationOf("finance1");
		assertThatThrownBy(() -> admin.createUser("Finance1", "另一个", "demo12345678", Role.FINANCE_REVIEWER, finance))
			.isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("messageCode", "user.duplicate");
	}

	long organizationOf(String username) {
		return admin.allUsers().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow()
			.organizationId();
	}

	@Test
	void migrationStopsOnNamesDifferingOnlyInCaseNamingThemAndChangesNothing() throws Exception {
		try (Connection db = DriverManager.getConnection("jdbc:h2:mem:usernames-clash")) {
			try (Statement s = db.createStatement()) {
				s.execute("create table users (id bigint primary key, username varchar(60) not null unique)");
				s.execute("insert into users values (1, 'wanglei'), (2, 'lisi'), (3, 'WangLei')");
			}
			assertThatThrownBy(() -> new V12__usernames_unique_regardless_of_case().migrate(context(db)))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("wanglei (id 1), WangLei (id 3)").hasMessageNotContaining("lisi");
			try (ResultSet columns = db.getMetaData().getColumns(null, null, "USERS", "USERNAME_KEY")) {
				assertThat(columns.next()).isFalse();
			}
		}
	}

	@Test
	void migrationKeysEveryNameInLowerCase() throws Exception {
		try (Connection db = DriverManager.getConnection("jdbc:h2:mem:usernames-fine")) {
			try (Statement s = db.createStatement()) {
				s.execute("create table users (id bigint primary key, username varchar(60) not null unique)");
				s.execute("insert into users values (1, 'WangLei'), (2, 'lisi')");
			}
			new V12__usernames_unique_regardless_of_case().migrate(context(db));
			try (Statement s = db.createStatement();
					ResultSet rows = s.executeQuery("select username_key from users order by id")) {
				assertThat(rows.next() && rows.getString(1).equals("wanglei") && rows.next()
						&& rows.getString(1).equals("lisi")).isTrue();
			}
			try (Statement s = db.createStatement()) {
				assertThatThrownBy(() -> s.execute("insert into users values (3, 'LISI', 'lisi')"))
					.hasMessageContaining("UK_USERS_USERNAME_KEY");
			}
		}
	}

	static Context context(Connection connection) {
		return new Context() {
			@Override
			public Configuration getConfiguration() {
				return null;
			}

			@Override
			public Connection getConnection() {
				return connection;
			}
		};
	}
}
