package io.jixiao;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real SMTP server (GreenMail) for the tests of the mails the product sends, shared by the test classes of a JVM:
 * started on a free port before the context reads it ({@code spring.mail.port}); the test class sets
 * {@code spring.mail.host} and {@code app.mail.base-url=https://jixiao.example.gov.cn}.
 */
public abstract class WithMailServer {

	protected static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SMTP.start();
		// one server for every mail test of the JVM: stopped after one class, the next could not bind its port
		Runtime.getRuntime().addShutdownHook(new Thread(SMTP::stop));
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	/** Each class reads only its own mails (the links of two classes' databases may name the same id). */
	@BeforeAll
	static void emptyMailboxes() throws Exception {
		SMTP.purgeEmailFromAllMailboxes();
	}

	/**
	 * The subjects of the mails {@code address} received with a link to {@code page} ending the body: once
	 * {@code expected} arrived (mails leave on their own thread), and a moment later for any second one.
	 */
	protected static List<String> mails(String address, String page, int expected) throws Exception {
		for (int i = 0; i < 100 && received(address, page).size() < expected; i++) {
			Thread.sleep(100);
		}
		Thread.sleep(500);
		return received(address, page);
	}

	protected static List<String> received(String address, String page) throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : SMTP.getReceivedMessagesForDomain(address)) {
			if (((String) message.getContent()).strip().endsWith("https://jixiao.example.gov.cn" + page)) {
				subjects.add(message.getSubject());
			}
		}
		return subjects;
	}
}
