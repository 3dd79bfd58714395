package io.jixiao.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a batch of {@link Draft}s as product rows with JDBC batches (the generator is a bulk loader, not a user):
 * the tables and their indicators, and for each submitted table its version 1, the version's indicators and the
 * review events its status implies. Fills in the generated ids on the drafts.
 */
final class DraftBatches {

	private final JdbcTemplate jdbc;

	DraftBatches(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(List<Draft> drafts) {
		List<Long> ids = Inserts.batch(jdbc, "insert into target_tables (kind, table_format, table_year, rule_set_id,"
				+ " unit_id, status, version, project_name, project_lead, implementing_unit, total_funds, fiscal_funds,"
				+ " other_funds, overall_goal, satisfaction_na, created_by, created_at, updated_at, submitted_by,"
				+ " approved_version, latest_version, disclosure, disclosure_reason, grade)"
				+ " values ('PROJECT', 'CURRENT', ?, ?, ?, ?, 0, ?, '项目负责人', '实施单位', ?, ?, 0, ?, false, ?, ?, ?, ?, ?, ?,"
				+ " ?, ?, ?)", drafts, (ps, d) -> {
					boolean submitted = !d.status.equals("DRAFT");
					boolean approved = d.approved();
					boolean withheld = d.status.equals("PUBLISHED") && d.name.hashCode() % 10 == 0;
					ps.setInt(1, d.year);
					ps.setLong(2, d.ruleSet);
					ps.setLong(3, d.unit.id());
					ps.setString(4, d.status);
					ps.setString(5, d.name);
					ps.setBigDecimal(6, d.funds);
					ps.setBigDecimal(7, d.funds);
					ps.setString(8, "完成" + d.name + "年度绩效目标");
					ps.setLong(9, d.unit.lead());
					ps.setTimestamp(10, Timestamp.from(d.at));
					ps.setTimestamp(11, Timestamp.from(d.at));
					ps.setObject(12, submitted ? d.unit.lead() : null);
					ps.setObject(13, approved ? 1 : null);
					ps.setInt(14, submitted ? 1 : 0);
					ps.setString(15, d.status.equals("PUBLISHED") ? (withheld ? "WITHHELD" : "PUBLIC") : null);
					ps.setString(16, withheld ? "涉密" : null);
					// the grade of the events below
					ps.setString(17, switch (d.status) {
						case "RETURNED" -> "中";
						case "REJECTED" -> "差";
						default -> approved ? "优" : null;
					});
				});
		for (int i = 0; i < drafts.size(); i++) {
			drafts.get(i).id = ids.get(i);
		}
		List<Object[]> rows = new ArrayList<>();
		drafts.forEach(d -> addRows(rows, d.id, d.rows));
		jdbc.batchUpdate("insert into indicators (table_id, position, level1, level2, name, value_text, weight,"
				+ " scoring_rule) values (?, ?, ?, ?, ?, ?, ?, ?)", rows);

		List<Draft> submitted = drafts.stream().filter(d -> !d.status.equals("DRAFT")).toList();
		if (submitted.isEmpty()) {
			return;
		}
		List<Long> versionIds = Inserts.batch(jdbc, "insert into table_versions (table_id, version_number, submitted_at,"
				+ " submitted_by, project_name, project_lead, implementing_unit, total_funds, fiscal_funds, other_funds,"
				+ " overall_goal, satisfaction_na) values (?, 1, ?, ?, ?, '项目负责人', '实施单位', ?, ?, 0, ?, false)",
				submitted, (ps, d) -> {
					ps.setLong(1, d.id);
					ps.setTimestamp(2, Timestamp.from(d.at));
					ps.setLong(3, d.unit.lead());
					ps.setString(4, d.name);
					ps.setBigDecimal(5, d.funds);
					ps.setBigDecimal(6, d.funds);
					ps.setString(7, "完成" + d.name + "年度绩效目标");
				});
		List<Object[]> versionRows = new ArrayList<>();
		List<Object[]> events = new ArrayList<>();
		for (int i = 0; i < submitted.size(); i++) {
			Draft d = submitted.get(i);
			d.versionId = versionIds.get(i);
			addRows(versionRows, d.versionId, d.rows);
			events(events, d);
		}
		jdbc.batchUpdate("insert into version_indicators (version_id, position, level1, level2, name, value_text,"
				+ " weight, scoring_rule) values (?, ?, ?, ?, ?, ?, ?, ?)", versionRows);
		jdbc.batchUpdate("insert into review_events (table_id, version_number, stage, action, grade, disclosure,"
				+ " comment_text, actor_id, actor_name, created_at) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)", events);
	}

	private static void addRows(List<Object[]> into, long owner, List<String[]> rows) {
		for (int p = 0; p < rows.size(); p++) {
			String[] r = rows.get(p);
			into.add(new Object[] { owner, p, r[0], r[1], r[2], r[3], new BigDecimal(r[4]), r[5] });
		}
	}

	/** The review events the table's status implies, oldest first. */
	private static void events(List<Object[]> into, Draft d) {
		Timestamp at = Timestamp.from(d.at);
		String firstStage = d.status.equals("DEPT_REVIEW") ? "DEPT_REVIEW" : "FINANCE_REVIEW";
		into.add(new Object[] { d.id, firstStage, "SUBMIT", null, null, null, d.unit.lead(), "填报人", at });
		switch (d.status) {
			case "RETURNED" -> into.add(new Object[] { d.id, "FINANCE_REVIEW", "RETURN", "中", null, "请补充指标依据", d.reviewer,
					"生成财政审核", at });
			case "REJECTED" -> into.add(new Object[] { d.id, "FINANCE_REVIEW", "REJECT", "差", null, "不符合支出政策", d.reviewer,
					"生成财政审核", at });
			case "APPROVED", "PUBLISHED" -> {
				into.add(new Object[] { d.id, "FINANCE_REVIEW", "APPROVE", "优", null, null, d.reviewer, "生成财政审核", at });
				if (d.status.equals("PUBLISHED")) {
					into.add(new Object[] { d.id, "PUBLICATION", "PUBLISH", null, "PUBLIC", null, d.reviewer, "生成财政审核", at });
				}
			}
			default -> {
				// submitted and waiting: the submission is the only event
			}
		}
	}
}
