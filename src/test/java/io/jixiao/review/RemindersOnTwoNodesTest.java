package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.jixiao.JixiaoApplication;
import io.jixiao.MutableClock;
import io.jixiao.OnMysql;
import io.jixiao.ReminderCounts;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two nodes on one database, each with its async executor looking for due timers every 200 ms and its own clock,
 * moved together, both mailing through one SMTP server (GreenMail): past the due date each review task is reminded
 * exactly once before its due day and once when overdue, in-app and by e-mail, whichever node took each timer job
 * (a job run on both nodes would write two notifications and send two mails). Node A is this test's context, node B
 * a second product started on its database.
 */
@SpringBootTest
@ActiveProfiles(resolver = OnMysql.class)
@TestPropertySource(properties = {
		"spring.datasource.url=${TEST_DB_PREFIX:jdbc:h2:mem:}tworeminders${TEST_DB_SUFFIX:;DB_CLOSE_DELAY=-1}",
		"app.demo-data=true", "flowable.process.async.executor.default-timer-job-acquire-wait-time=PT0.2S",
		"spring.mail.host=127.0.0.1", "app.mail.base-url=https://jixiao.example.gov.cn" })
@Import(MutableClock.FromMonday.class)
class RemindersOnTwoNodesTest {

	static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	/** Each node's clock (node B gets it as a source of its own). */
	static ConfigurableApplicationContext nodeA;
	static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startSecondNode(@Autowired ConfigurableApplicationContext product) {
		nodeA = product;
		String port = String.valueOf(SMTP.getSmtp().getPort());
		nodeB = new SpringApplicationBuilder(JixiaoApplication.class, MutableClock.FromMonday.class)
			.profiles(product.getEnvironment().getActiveProfiles())
			.run("--server.port=0", "--spring.main.banner-mode=off", "--app.demo-data=true",
					"--spring.datasource.url=" + product.getEnvironment().getRequiredProperty("spring.datasource.url"),
					"--flowable.process.async.executor.default-timer-job-acquire-wait-time=PT0.2S",
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
					"--app.mail.base-url=https://jixiao.example.gov.cn");
	}

	@AfterAll
	static void stopSecondNodeAndMailServer() {
		if (nodeB != null) {
			nodeB.close();
		}
		SMTP.stop();
	}

	@Autowired
	JdbcTemplate jdbc;

	static ReviewCalls calls(ConfigurableApplicationContext node) {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) node)
			.apply(SecurityMockMvcConfigurers.springSecurity())
			.build();
		return new ReviewCalls(mvc, node.getBean(JsonMapper.class));
	}

	/** Both nodes' clocks, moved together. */
	static void advance(Duration duration) {
		nodeA.getBean(MutableClock.class).advance(duration);
		nodeB.getBean(MutableClock.class).advance(duration);
	}

	static boolean executorRuns(ConfigurableApplicationContext node) {
		return node.getBean(ProcessEngine.class).getProcessEngineConfiguration().getAsyncExecutor().isActive();
	}

	long reminders(long tableId, String kind) {
		return ReminderCounts.count(jdbc, tableId, kind, "deptrev1", "");
	}

	/** Waits until a node wrote the reminder of every table, then a while longer to see that none writes a second. */
	List<Long> settled(String kind, long... tableIds) throws InterruptedException {
		for (int i = 0; i < 100 && counts(kind, tableIds).contains(0L); i++) {
			Thread.sleep(100);
		}
		Thread.sleep(2000);
		return counts(kind, tableIds);
	}

	List<Long> counts(String kind, long... tableIds) {
		List<Long> counts = new ArrayList<>();
		for (long id : tableIds) {
			counts.add(reminders(id, kind));
		}
		return counts;
	}

	/** The subjects of the mails deptrev1 received with the table's link, once {@code expected} of them arrived. */
	List<String> mails(long tableId, int expected) throws Exception {
		for (int i = 0; i < 100 && received(tableId).size() < expected; i++) {
			Thread.sleep(100);
		}
		Thread.sleep(500);
		return received(tableId);
	}

	List<String> received(long tableId) throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : SMTP.getReceivedMessagesForDomain("deptrev1@example.gov.cn")) {
			if (((String) message.getContent()).strip().endsWith("https://jixiao.example.gov.cn/tables/" + tableId)) {
				subjects.add(message.getSubject());
			}
		}
		return subjects;
	}

	@Test
	void eachTaskIsRemindedOnceInAppAndByMailThoughBothNodesRunTheTimers() throws Exception {
		assertThat(executorRuns(nodeA)).isTrue();
		assertThat(executorRuns(nodeB)).isTrue();
		jdbc.update("update users set email = 'deptrev1@example.gov.cn' where username = 'deptrev1'");
		// one review started on each node: each process's timer job is in the one database for both executors
		ReviewCalls onA = calls(nodeA);
		ReviewCalls onB = calls(nodeB);
		long first = onA.draft();
		onA.submit(first).andExpect(status().isOk());
		long second = onB.draft();
		onB.submit(second).andExpect(status().isOk());

		// Thursday: the daily timers fired on Tuesday's and Thursday's acquisitions, without a reminder
		advance(Duration.ofDays(3));
		Thread.sleep(1000);
		assertThat(counts("dueSoon", first, second)).containsExactly(0L, 0L);

		// Friday 09:01, one working day before Monday's due day
		advance(Duration.ofDays(1).plusMinutes(1));
		assertThat(settled("dueSoon", first, second)).containsExactly(1L, 1L);

		// Tuesday 09:01, the first working day after the due day
		advance(Duration.ofDays(4));
		assertThat(settled("overdue", first, second)).containsExactly(1L, 1L);
		assertThat(counts("dueSoon", first, second)).containsExactly(1L, 1L);

		for (long id : List.of(first, second)) {
			String name = jdbc.queryForObject("select project_name from target_tables where id = ?", String.class, id);
			// the new task from the node that took the submission, then each reminder from the node that ran its job
			List<String> subjects = mails(id, 3);
			assertThat(subjects).as("table " + id).hasSize(3);
			assertThat(subjects).filteredOn(s -> s.startsWith("新待办：「" + name + "」")).hasSize(1);
			assertThat(subjects).filteredOn(s -> s.startsWith("提醒：「" + name + "」的主管部门审核任务将于 2026-11-30"))
				.hasSize(1);
			assertThat(subjects).filteredOn(s -> s.startsWith("逾期提醒：「" + name + "」")).hasSize(1);
		}
	}
}
