package id.padu.notification.internal;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailStreamProviderTest {

	@Test
	void namesAngusMailsProviderSoThatMailFindsItByName() {
		MailStreamProvider.nameAngusUnlessSet();

		assertThat(System.getProperty(MailStreamProvider.PROPERTY)).isEqualTo(MailStreamProvider.ANGUS);
		// A wrong name here would make every message fail, not just be slow.
		assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MailStreamProvider.ANGUS);
	}
}
