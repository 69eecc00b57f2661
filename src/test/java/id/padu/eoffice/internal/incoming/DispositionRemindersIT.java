package id.padu.eoffice.internal.incoming;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.TestSmtp;
import id.padu.support.WebClient;
import id.padu.tenancy.TenantContext;
import id.padu.shared.TenantId;
import id.padu.shared.web.Formats;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.UUID;

import static id.padu.eoffice.IncomingFixture.dispose;
import static id.padu.eoffice.IncomingFixture.json;
import static id.padu.eoffice.IncomingFixture.register;
import static org.assertj.core.api.Assertions.assertThat;

/** The reminder job run for chosen days: a reminder before the deadline, once; escalation after it, once. */
@PaduIntegrationTest
class DispositionRemindersIT {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.server()).withPerMethodLifecycle(false);

	@LocalServerPort
	int port;

	@Autowired
	DispositionReminders reminders;

	@Autowired
	DispositionRepository dispositions;

	@Test
	void remindsTheRecipientOnceAndEscalatesToTheDisposerOnce() throws Exception {
		WebClient sekretariat = WebClient.signedIn(port, "sekretariat");
		String letter = register(sekretariat, "Permohonan data agregat", "BIASA");
		String agenda = json(sekretariat.get("/api/v1/incoming-letters/" + letter)).get("agendaNumber").asString();
		LocalDate deadline = LocalDate.now().plusDays(10);
		var made = dispose(WebClient.signedIn(port, "kadis"), letter, """
				{"recipients":[{"username":"kabid"}],"instructions":["tindak-lanjuti"],"deadline":"%s"}"""
			.formatted(deadline));
		UUID id = UUID.fromString(json(made).get("ids").get(0).asString());

		// A month ahead: no holiday run (Lebaran and its cuti bersama included) makes that the day before.
		reminders.remindAndEscalate(at(deadline.minusDays(30)));
		assertThat(disposition(id).remindedAt()).as("not yet due").isNull();

		reminders.remindAndEscalate(at(deadline));
		reminders.remindAndEscalate(at(deadline));
		assertThat(disposition(id).remindedAt()).isNotNull();
		assertThat(disposition(id).escalatedAt()).isNull();
		greenMail.waitForIncomingEmail(5_000, 1);
		assertThat(mails("kabid.pdp.disdukcapil@tangerangkota.go.id", "Pengingat", agenda)).isEqualTo(1);

		reminders.remindAndEscalate(at(deadline.plusDays(1)));
		reminders.remindAndEscalate(at(deadline.plusDays(2)));
		assertThat(disposition(id).escalatedAt()).isNotNull();
		greenMail.waitForIncomingEmail(5_000, 2);
		assertThat(mails("kadis.disdukcapil@tangerangkota.go.id", "Terlambat", agenda)).isEqualTo(1);
		assertThat(WebClient.signedIn(port, "kadis").get("/kantor").body()).contains("Disposisi Anda yang terlambat");
	}

	private Disposition disposition(UUID id) {
		return TenantContext.callAs(TenantId.of("kota-tangerang"), () -> dispositions.findById(id).orElseThrow());
	}

	private long mails(String to, String subjectStart, String agenda) throws Exception {
		long count = 0;
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			boolean addressed = Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(to));
			if (addressed && message.getSubject().startsWith(subjectStart) && message.getSubject().contains(agenda)) {
				count++;
			}
		}
		return count;
	}

	private static Instant at(LocalDate day) {
		return day.atTime(LocalTime.NOON).atZone(Formats.JAKARTA).toInstant();
	}
}
