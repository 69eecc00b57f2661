package id.padu.notification;

import id.padu.notification.internal.TestMailers;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateMailerTest {

	@Test
	void unreachableSmtpServerIsLoggedNotThrown() {
		Mailer mailer = TestMailers.toUnreachableServer();
		boolean sent = mailer.send(new Email("warga@contoh.id", Locale.ENGLISH, "identity/mail/password-reset",
				Map.of("name", "Siti", "username", "warga", "link", "http://localhost/atur-sandi?token=x", "hours", 1)));
		assertThat(sent).isFalse();
	}
}
