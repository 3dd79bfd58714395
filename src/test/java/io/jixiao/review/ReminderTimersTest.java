package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.MutableClock;
import io.jixiao.ReminderCounts;
import io.jixiao.WithMailServer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review tasks' timers remind by themselves under a clock the test moves: once one working day before the due
 * day, once on the first working day after it, each reminder written once (the engine's async executor runs each
 * timer job once; the executor looks for due timers every 200 ms here instead of every 10 s). With a mail server
 * configured (a real SMTP server in the test, GreenMail), the new task and each reminder also arrive once by e-mail
 * for a reviewer with an address.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}reminders${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true", "flowable.process.async.executor.default-timer-job-acquire-wait-time=PT0.2S",
		"spring.mail.host=127.0.0.1", "app.mail.base-url=https://jixiao.example.gov.cn" })
@Import(MutableClock.FromMonday.class)
class ReminderTimersTest extends WithMailServer {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	long reminders(long tableId, String kind) {
		return ReminderCounts.count(jdbc, tableId, kind, "deptrev1", "");
	}

	/**
	 * The subjects of the mails deptrev1 received about the table (its link in the body: the demo's own tables, told
	 * of at start-up, may be mailed once the address is set).
	 */
	static List<String> mails(long tableId, int expected) throws Exception {
		return mails("deptrev1@example.gov.cn", "/tables/" + tableId, expected);
	}

	@Test
	void remindersFireOnceBeforeTheDueDayAndOnceWhenOverdue() throws Exception {
		ReviewCalls calls = new ReviewCalls(mvc, json);
		jdbc.update("update users set email = 'deptrev1@example.gov.cn' where username = 'deptrev1'");
		long id = calls.draft();
		String name = jdbc.queryForObject("select project_name from target_tables where id = ?", String.class, id);
		mvc.perform(post("/api/v1/tables/" + id + "/submit").with(httpBasic("lead1", "demo12345"))
			.contentType(MediaType.APPLICATION_JSON)).andExpect(status().isOk());
		MutableClock time = (MutableClock) clock;

		// Thursday: nothing yet
		time.advance(Duration.ofDays(3));
		Thread.sleep(1000);
		assertThat(reminders(id, "dueSoon")).isZero();
		// the new task came by mail too, once, with the link to the table
		assertThat(mails(id, 1)).containsExactly("新待办：「" + name + "」待您主管部门审核。");

		// Friday 09:01, one working day before Monday's due day
		time.advance(Duration.ofDays(1).plusMinutes(1));
		assertThat(ReminderCounts.settled(() -> reminders(id, "dueSoon"))).isEqualTo(1);
		assertThat(jdbc.queryForObject("select message from notifications where table_id = ? and kind = 'dueSoon'"
				+ " fetch first 1 rows only", String.class, id)).contains("主管部门审核").contains("2026-11-30");

		// Tuesday 09:01, the first working day after the due day
		time.advance(Duration.ofDays(4));
		assertThat(ReminderCounts.settled(() -> reminders(id, "overdue"))).isEqualTo(1);
		assertThat(reminders(id, "dueSoon")).isEqualTo(1);
		// each reminder mailed once, with the in-app text
		List<String> subjects = mails(id, 3);
		assertThat(subjects).hasSize(3);
		assertThat(subjects.stream().filter(s -> s.startsWith("提醒：「" + name + "」的主管部门审核任务将于 2026-11-30")))
			.hasSize(1);
		assertThat(subjects.stream().filter(s -> s.startsWith("逾期提醒：「" + name + "」"))).hasSize(1);
	}

	@Test
	void remindersSkipTheWeekendAndRepeatEveryFewWorkingDaysWhenOverdue() {
		ReviewTasks rule = new ReviewTasks(null, clock, 5, "Asia/Shanghai", 3);
		LocalDate monday = LocalDate.of(2026, 11, 30);
		assertThat(rule.reminderOn(monday, LocalDate.of(2026, 11, 27))).contains(false);
		assertThat(rule.reminderOn(monday, LocalDate.of(2026, 11, 28))).isEmpty();
		assertThat(rule.reminderOn(monday, monday)).isEmpty();
		assertThat(rule.reminderOn(monday, LocalDate.of(2026, 12, 1))).contains(true);
		assertThat(rule.reminderOn(monday, LocalDate.of(2026, 12, 2))).isEmpty();
		assertThat(rule.reminderOn(monday, LocalDate.of(2026, 12, 4))).contains(true);
		assertThat(rule.reminderOn(monday, LocalDate.of(2026, 12, 5))).isEmpty();
		assertThat(rule.reminderOn(monday, LocalDate.of(2026, 12, 9))).contains(true);
	}
}
