package io.jixiao.notifications;

import io.jixiao.organizations.OrganizationDirectory;
import io.jixiao.review.Stage;
import io.jixiao.review.TaskDueReminder;
import io.jixiao.review.TaskReminded;
import io.jixiao.review.UnitTask;
import io.jixiao.review.UnitTaskArrived;
import io.jixiao.review.UnitTaskDue;
import io.jixiao.system.Formats;
import io.jixiao.system.PlainText;
import io.jixiao.targets.Decision;
import io.jixiao.targets.TableDecided;
import io.jixiao.targets.TableStatus;
import io.jixiao.targets.TableSubmitted;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reminders and new tasks also by e-mail, to the accounts that have an address, where {@code spring.mail.host}
 * configures a mail server (Spring Boot then provides the {@link JavaMailSender}; without one nothing is read or
 * sent). Sent after the transition or the timer job commits, on a thread of its own: a transition rolled back sends
 * nothing, a reminder job (run once in the cluster) mails once, and a slow or failing mail server neither holds up
 * nor undoes anything (a failure is logged). The text is the in-app notification's; a unit's documents (monitoring
 * reports, self-evaluations) are mailed the same way (their reminders, and arriving at a review), linked to the
 * document.
 */
@Component
class MailNotifications {

	private static final Logger log = LoggerFactory.getLogger(MailNotifications.class);
	/** Longest subject line: the text's start, the whole text is the body. */
	private static final int SUBJECT_LENGTH = 120;

	private final ObjectProvider<JavaMailSender> mail;
	private final OrganizationDirectory directory;
	private final Notifier notifier;
	private final TableNotifications inApp;
	private final UnitTaskNotifications unitTasks;
	private final String from;
	private final String baseUrl;
	private final Formats formats;
	// one thread: mails leave in the order of their transitions, and a stuck server holds up no request
	private final ExecutorService sending = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "mail");
		thread.setDaemon(true);
		return thread;
	});

	MailNotifications(ObjectProvider<JavaMailSender> mail, OrganizationDirectory directory, Notifier notifier,
			TableNotifications inApp, UnitTaskNotifications unitTasks, @Value("${app.mail.from}") String from,
			@Value("${app.mail.base-url:}") String baseUrl, Formats formats) {
		this.mail = mail;
		this.directory = directory;
		this.notifier = notifier;
		this.inApp = inApp;
		this.unitTasks = unitTasks;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.formats = formats;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(TableSubmitted e) {
		newTask(e.tableId(), e.tableName(), e.status(), e.departmentId());
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(TableDecided e) {
		if (e.decision() == Decision.APPROVE) {
			newTask(e.tableId(), e.tableName(), e.status(), null);
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(TaskReminded e) {
		send(() -> directory.emails(e.told()), table(e.tableId()), NotificationKind.REMINDER, e.tableName(),
				inApp.stageLabel(e.stage()), formats.dateTime(e.due()));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(TaskDueReminder e) {
		send(() -> directory.emails(e.told()), table(e.tableId()),
				e.overdue() ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON, e.tableName(),
				inApp.stageLabel(e.stage()), formats.dateTime(e.due()));
	}

	/** A unit document's reminder (a monitoring report's, a self-evaluation's), as the in-app one. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(UnitTaskDue e) {
		UnitTask task = e.task();
		send(() -> directory.emails(task.role(), task.organizationId()), task.page(),
				e.overdue() ? NotificationKind.OVERDUE : NotificationKind.DUE_SOON, task.name(),
				unitTasks.stepLabel(task), formats.dateTime(e.due()));
	}

	/** A unit's document arrived at a review, as a table's new task: to the accounts that may take it. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(UnitTaskArrived e) {
		UnitTask task = e.task();
		send(() -> directory.emails(task.role(), task.organizationId()), task.page(), NotificationKind.NEW_TASK,
				task.name(), unitTasks.stepLabel(task));
	}

	/** As the in-app new task: the stage's role, in the reviewing department or in all. */
	private void newTask(long tableId, String tableName, TableStatus arrived, Long departmentId) {
		Stage stage = Stage.of(arrived);
		send(() -> directory.emails(stage.role(), TableNotifications.candidateOrganization(stage, departmentId)),
				table(tableId), NotificationKind.NEW_TASK, tableName, inApp.stageLabel(stage));
	}

	private static String table(long tableId) {
		return "/tables/" + tableId;
	}

	/**
	 * Reads the addresses and sends, on the mail thread, with the link to {@code page} (a path of the product);
	 * nothing at all without a mail server.
	 */
	private void send(Supplier<List<String>> addresses, String page, NotificationKind kind, Object... args) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return;
		}
		String text = notifier.text(kind, args);
		sending.execute(() -> {
			List<String> to = addresses.get().stream().distinct().toList();
			if (to.isEmpty()) {
				return;
			}
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(from);
			// each address its own mail: recipients do not see each other
			message.setSubject(PlainText.cut(text, SUBJECT_LENGTH));
			message.setText(baseUrl.isEmpty() ? text : text + "\n\n" + baseUrl + page);
			for (String address : to) {
				message.setTo(address);
				try {
					sender.send(message);
				}
				catch (MailException ex) {
					log.warn("mail {} of {} to {} not sent: {}", kind.code(), page, address, ex.getMessage());
				}
			}
		});
	}

	@PreDestroy
	void stop() {
		sending.shutdown();
	}
}
