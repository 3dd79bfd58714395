package io.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.MutableClock;
import io.jixiao.ReminderCounts;
import io.jixiao.WithMailServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Self-evaluation tasks are due and remind by themselves as the review's do, under a clock the test moves: the unit's
 * filling is due at the end of the round's due date and reminded the working day before and once overdue, each
 * reminder written once (the process's own timer, run by the engine's executor); a review task is due five working
 * days after it arrives. With a mail server configured (GreenMail), each reminder and the new review task also arrive
 * once by e-mail, linked to the evaluation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}evaluationreminders${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true", "flowable.process.async.executor.default-timer-job-acquire-wait-time=PT0.2S",
		"spring.mail.host=127.0.0.1", "app.mail.base-url=https://jixiao.example.gov.cn" })
@Import(MutableClock.FromMonday.class)
class EvaluationRemindersTest extends WithMailServer {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EvaluationProcess process;

	long reminders(long tableId, String kind) {
		return ReminderCounts.count(jdbc, tableId, kind, "lead1", "绩效自评");
	}

	@Test
	void theUnitIsRemindedBeforeTheRoundIsDueAndWhenOverdueAndAReviewIsDueInWorkingDays() throws Exception {
		EvaluationCalls api = new EvaluationCalls(mvc, json);
		jdbc.update("update users set email = concat(username, '@example.gov.cn')"
				+ " where username in ('lead1', 'deptrev1')");
		long table = api.approved(2026);
		api.read(api.postAs("finance1", "/api/v1/evaluation/rounds", "{\"year\":2026,\"dueDate\":\"2026-11-30\"}"));
		long eid = api.evaluationOf(table);
		MutableClock time = (MutableClock) clock;

		// Thursday: nothing yet
		time.advance(Duration.ofDays(3));
		Thread.sleep(1000);
		assertThat(reminders(table, "dueSoon")).isZero();

		// Friday 09:01, one working day before Monday's due day
		time.advance(Duration.ofDays(1).plusMinutes(1));
		assertThat(ReminderCounts.settled(() -> reminders(table, "dueSoon"))).isEqualTo(1);
		assertThat(jdbc.queryForObject("select message from notifications where table_id = ? and kind = 'dueSoon'"
				+ " and message like '%绩效自评%' fetch first 1 rows only", String.class, table))
			.contains("保洁用品项目").contains("绩效自评（单位自评）").contains("2026-11-30 23:59");

		// Tuesday 09:01, the first working day after the due day
		time.advance(Duration.ofDays(4));
		assertThat(ReminderCounts.settled(() -> reminders(table, "overdue"))).isEqualTo(1);
		assertThat(reminders(table, "dueSoon")).isEqualTo(1);
		// each reminder mailed once to the unit's lead, with the in-app text and the evaluation's link
		List<String> reminded = mails("lead1@example.gov.cn", "/evaluations/" + eid, 2);
		assertThat(reminded).hasSize(2);
		assertThat(reminded).filteredOn(m -> m.startsWith("提醒：「保洁用品项目」的绩效自评（单位自评）任务将于 2026-11-30"))
			.hasSize(1);
		assertThat(reminded).filteredOn(m -> m.startsWith("逾期提醒：「保洁用品项目」")).hasSize(1);

		// submitted on Tuesday: the department's review is due five working days on, Tuesday 2026-12-08
		api.fill(eid, api.filling(eid, true));
		api.submitted(eid);
		assertThat(process.openTask(eid).orElseThrow().getDueDate().toInstant())
			.isEqualTo(Instant.parse("2026-12-08T15:59:59Z"));
		// the new review task came by mail too, once, to the department's reviewer
		assertThat(mails("deptrev1@example.gov.cn", "/evaluations/" + eid, 1))
			.containsExactly("新待办：「保洁用品项目」待您绩效自评（主管部门审核）。");
	}
}
