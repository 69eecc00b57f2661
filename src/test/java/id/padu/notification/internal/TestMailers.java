package id.padu.notification.internal;

import id.padu.notification.Mailer;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.net.ServerSocket;

/** Builds the real mailer outside Spring for unit tests. */
public final class TestMailers {

	private TestMailers() {
	}

	public static Mailer toUnreachableServer() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(freePort());
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/messages", "messages/identity", "messages/notification");
		messages.setDefaultEncoding("UTF-8");
		return new TemplateMailer(sender, messages, "Padu <no-reply@padu.localhost>");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
