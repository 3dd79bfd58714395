package io.jixiao.evidence;

import io.jixiao.OnMysql;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.jixiao.demo.ProvinceYear;
import io.jixiao.review.EngineQueries;
import io.jixiao.targets.ListQuery;
import io.jixiao.targets.TableSql;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages send as many statements with 10,000 tables as with 1,000 (a province-year from the generator, every status,
 * processes included), and the hot queries use their indexes (query plans of the database the suite runs on: H2, or
 * MariaDB in CI).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.class)
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}scale${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true" })
class ScaleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	ProvinceYear generator;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void pagesSendTheSameStatementsAtTenThousandTablesAsAtOneThousandAndHotQueriesUseTheirIndexes() throws Exception {
		generator.generate(1_000, 2026, 1);
		long inReview = jdbc.queryForObject("select min(id) from target_tables where status = 'FINANCE_REVIEW'"
				+ " and project_name like '省级专项项目%'", Long.class);
		long published = jdbc.queryForObject("select min(id) from target_tables where status = 'PUBLISHED'"
				+ " and disclosure = 'PUBLIC' and project_name like '省级专项项目%'", Long.class);
		long department = jdbc.queryForObject("select o.parent_id from organizations o join target_tables t"
				+ " on t.unit_id = o.id where t.id = " + published, Long.class);
		long round = jdbc.queryForObject("select id from monitoring_rounds where round_year = 2026 and period = '1-7'",
				Long.class);
		long evaluationRound = jdbc.queryForObject("select id from evaluation_rounds where round_year = 2026",
				Long.class);
		Map<String, Integer> small = pages(inReview, published, department, round, evaluationRound);

		ProvinceYear.Result more = generator.generate(9_000, 2026, 2);
		assertThat(more.perStatus().values()).allMatch(n -> n > 0);
		assertThat(more.reports()).isGreaterThan(3_000);
		// every status and light of a report is there, in the one round both runs filled
		assertThat(jdbc.queryForObject("select count(distinct status) from monitoring_reports where round_id = ?",
				Integer.class, round)).isEqualTo(5);
		assertThat(jdbc.queryForObject("select count(distinct light) from monitoring_reports where round_id = ?",
				Integer.class, round)).isEqualTo(3);
		// and every status and grade of a self-evaluation in the year's round
		assertThat(more.evaluations()).isGreaterThan(3_000);
		assertThat(jdbc.queryForObject("select count(distinct status) from evaluations where round_id = ?",
				Integer.class, evaluationRound)).isEqualTo(5);
		assertThat(jdbc.queryForObject("select count(distinct grade) from evaluations where round_id = ?",
				Integer.class, evaluationRound)).isEqualTo(4);
		assertThat(jdbc.queryForObject("select count(*) from target_tables", Long.class)).isGreaterThan(10_000);
		Map<String, Integer> large = pages(inReview, published, department, round, evaluationRound);

		small.forEach((page, n) -> System.out.printf("SCALE %-18s %d statements at 1,000 tables, %d at 10,000%n", page, n,
				large.get(page)));
		assertThat(large).isEqualTo(small);

		plans(evaluationRound);
	}

	private Map<String, Integer> pages(long inReview, long published, long department, long round,
			long evaluationRound) throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("task list page", count("finance1", "/tasks"));
		counts.put("task list api", count("finance1", "/api/v1/tasks"));
		counts.put("table list page", count("finance1", "/tables"));
		counts.put("board", count("admin", "/admin/pending"));
		// searched, filtered and sorted (issue 15): full pages at either size, so each counts its matches
		counts.put("table list filtered", count("finance1", "/tables?q=省级专项项目&year=2026&sort=due,desc"));
		counts.put("table list api graded", count("finance1", "/api/v1/tables?grade=优&year=2026&sort=amount"));
		counts.put("task list filtered", count("finance1", "/tasks?q=省级专项项目&stage=FINANCE_REVIEW&sort=amount,desc"));
		counts.put("task list api sorted", count("finance1", "/api/v1/tasks?year=2026&sort=due&page=1&size=20"));
		counts.put("board filtered", count("admin", "/admin/pending?q=省级专项项目&department=" + department
				+ "&sort=name"));
		counts.put("table page", count("finance1", "/tables/" + inReview));
		counts.put("public list", count("finance1", "/public/api/v1/tables?year=2026"));
		counts.put("public index", count("finance1", "/public"));
		counts.put("public table", count("finance1", "/public/tables/" + published));
		counts.put("public list page", count("finance1", "/public/api/v1/tables?year=2026&page=1&size=20"));
		counts.put("public department", count("finance1", "/public?year=2026&department=" + department + "&page=1"));
		counts.put("public search", count("finance1", "/public?year=2026&q=" + "省级专项项目1"));
		counts.put("public summary", count("finance1", "/public/summary?year=2026&page=1"));
		counts.put("public summary of a department",
				count("finance1", "/public/summary?year=2026&department=" + department));
		counts.put("monitoring round page", count("finance1", "/monitoring/rounds/" + round));
		counts.put("monitoring round api", count("finance1", "/api/v1/monitoring/rounds/" + round));
		counts.put("evaluation round page", count("finance1", "/evaluation/rounds/" + evaluationRound));
		counts.put("evaluation round api", count("finance1", "/api/v1/evaluation/rounds/" + evaluationRound));
		return counts;
	}

	private int count(String username, String path) throws Exception {
		var account = accounts.loadUserByUsername(username);
		StatementCounter.start();
		// with a CSRF token at hand, as in StatementCountTest: a page with a form would otherwise open a session (2
		// statements of Spring Session's that a signed-in user, who has one, does not pay)
		int status = mvc.perform(get(path).with(user(account)).with(csrf())).andReturn().getResponse().getStatus();
		int statements = StatementCounter.stop();
		assertThat(status).as(path).isEqualTo(200);
		return statements;
	}

	/** The query of each hot path and the index its plan must use (alternatives separated by |). */
	private void plans(long evaluationRound) throws Exception {
		Map<String, String> expected = new LinkedHashMap<>();
		long unit = jdbc.queryForObject("select min(unit_id) from target_tables where project_name like '省级%'",
				Long.class);
		expected.put("select id from target_tables where unit_id = " + unit + " and table_year = 2026 and status = 'DRAFT'",
				"ix_target_tables_unit_year_status");
		// an index made for a foreign key on the same column serves as well (H2 keeps both, MySQL shares one)
		expected.put("select id from target_tables where table_year = 2026 and status = 'PUBLISHED'",
				"ix_target_tables_year_status|ix_target_tables_published");
		expected.put("select id from review_events where table_id = 5 order by id", "ix_review_events_table|fk_review_events_table");
		// the lists' grade filter (V16)
		expected.put("select id from target_tables where grade = '优' and table_year = 2026", "ix_target_tables_grade");
		expected.put("select count(*) from notifications where user_id = 3 and read_at is null", "ix_notifications_user|fk_notifications_user");
		// a monitoring round's overview: its reports counted from the index that holds every column it reads
		expected.put("select department_id, status, light, count(*) from monitoring_reports where round_id = 1"
				+ " group by department_id, status, light", "ix_monitoring_reports_round_department");
		// a self-evaluation round's overview likewise (V25), grouped in the index's order
		expected.put("select department_id, status, grade, review_grade, count(*), sum(coalesce(review_score, total)),"
				+ " count(coalesce(review_score, total)), sum(fiscal_initial + other_initial) from evaluations"
				+ " where round_id = " + evaluationRound + " group by department_id, status, grade, review_grade",
				"ix_evaluations_round_overview");
		expected.put("select ID_ from ACT_RU_TASK where ASSIGNEE_ = '3'", "ix_act_ru_task_assignee");
		// a user's open tasks counted from the candidate links of the groups alone (db/engine V2)
		expected.put("select count(*) from ACT_RU_IDENTITYLINK where TYPE_ = 'candidate' and GROUP_ID_ in ('dept-9')",
				"ix_act_ru_identitylink_group");
		// the public pages' check that a year's published tables are unchanged (V26)
		expected.put("select count(*), sum(version) from target_tables where status = 'PUBLISHED' and table_year = 2026",
				"ix_target_tables_published_stamp");
		// joins: the first table read must use the index, the others follow by key
		expected.put(EngineQueries.OPEN_TASK_SQL.replace("#{businessKey}", "'5'").replace("#{processKey}",
				"'targetReview'"), "ACT_IDX_EXEC_BUSKEY");
		expected.put("select v.id from table_versions v join target_tables t on t.id = v.table_id"
				+ " where v.table_id in (5, 6) and v.version_number = t.approved_version",
				"uk_table_versions|fk_table_versions_table");
		// the public index's statements: the year's published tables summed by department, from the index that holds
		// every column they read (MariaDB starts from the units, by their parent's index, then reads that index)
		String published = " from target_tables t join table_versions v on v.table_id = t.id"
				+ " and v.version_number = t.approved_version join organizations u on u.id = t.unit_id";
		expected.put("select p.id, p.name, t.kind, t.disclosure, count(t.id), sum(v.total_funds)" + published
				+ " left join organizations p on p.id = u.parent_id and p.kind = 'DEPARTMENT'"
				+ " where t.status = 'PUBLISHED' and t.table_year = 2026 group by p.id, p.name, t.kind, t.disclosure",
				"ix_target_tables_published|fk_organizations_parent");
		// a page of the year's summary list: its ids sorted from the indexes alone
		expected.put("select t.id from target_tables t join table_versions v on v.table_id = t.id"
				+ " and v.version_number = t.approved_version where t.status = 'PUBLISHED' and t.table_year = 2026"
				+ " and t.disclosure = 'PUBLIC' and t.kind = 'PROJECT' order by coalesce(v.total_funds, 0) desc, t.id"
				+ " limit 50 offset 50", "ix_target_tables_published");
		// a department's public tables: its units' tables of the year found by range (the unit and department joined
		// for the order follow by key; MariaDB reads them first, then the tables through this index)
		String units = jdbc.queryForList("select id from organizations where parent_id = (select parent_id from"
				+ " organizations where id = " + unit + ")", Long.class).stream().map(String::valueOf)
			.collect(java.util.stream.Collectors.joining(", "));
		expected.put("select t.id from target_tables t join table_versions v on v.table_id = t.id"
				+ " and v.version_number = t.approved_version where t.status = 'PUBLISHED' and t.table_year = 2026"
				+ " and t.disclosure = 'PUBLIC' and t.unit_id in (" + units + ")",
				"ix_target_tables_unit_year_status|ix_target_tables_published");
		String product;
		try (var connection = dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName().toLowerCase();
		}
		boolean mysql = product.contains("mysql") || product.contains("maria");
		if (mysql) {
			for (String table : List.of("target_tables", "table_versions", "review_events", "notifications",
					"ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_EXECUTION", "monitoring_reports", "evaluations")) {
				jdbc.execute("analyze table " + table);
			}
		}
		for (Map.Entry<String, String> e : expected.entrySet()) {
			String plan = mysql ? String.valueOf(jdbc.queryForList("explain " + e.getKey()).get(0).get("key"))
					: firstIndex(jdbc.queryForObject("explain " + e.getKey(), String.class));
			System.out.printf("PLAN %s%n     -> %s%n", e.getKey(), plan.replaceAll("\\s+", " "));
			assertThat(plan.toLowerCase()).as(e.getKey()).containsAnyOf(e.getValue().toLowerCase().split("\\|"));
		}
		// a search by name (the lists' q, V20): the tables are found from the character pairs' index, never by reading
		// the year (H2 looks the ids up by primary key, MariaDB starts from the pairs or their materialized ids)
		String name = jdbc.queryForObject("select project_name from target_tables where id = (select max(id) from"
				+ " target_tables)", String.class);
		StringBuilder search = new StringBuilder("select tt.id from target_tables tt where tt.table_year = 2026");
		List<Object> args = new java.util.ArrayList<>();
		TableSql.where(new ListQuery(name.substring(name.length() / 2 - 2, name.length() / 2 + 2), null, null, null,
				null, null, null, false, null, null, false), search, args);
		if (mysql) {
			jdbc.execute("analyze table table_name_grams");
		}
		String plan = mysql ? String.valueOf(jdbc.queryForList("explain " + search, args.toArray()).get(0).get("key"))
				: firstIndex(jdbc.queryForObject("explain " + search, String.class, args.toArray()));
		System.out.printf("PLAN %s%n     -> %s%n", search, plan.replaceAll("\\s+", " "));
		assertThat(plan.toLowerCase()).as(search.toString()).containsAnyOf("primary", "pk_table_name_grams",
				"distinct_key");
	}

	/** H2 writes each table of the plan in join order with the index it reads as a comment: the first one. */
	private static String firstIndex(String plan) {
		Matcher index = Pattern.compile("/\\* ([^*]+?)(:| \\*/)").matcher(plan);
		return index.find() ? index.group(1) : plan;
	}
}
