package io.jixiao;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real SMTP server (GreenMail) for the tests of the mails the product sends: started on a free port before the
 * context reads it ({@code spring.mail.port}); the test class sets {@code spring.mail.host} and
 * {@code app.mail.base-url=https://jixiao.example.gov.cn}.
 */
public abstract class WithMailServer {

	protected static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
	}

	@AfterAll
	static void stopMailServer() {
		SMTP.stop();
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
