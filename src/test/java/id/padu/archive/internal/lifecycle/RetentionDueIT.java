package id.padu.archive.internal.lifecycle;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.padu.archive.internal.BerkasRepository;
import id.padu.archive.internal.FinalAction;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.Retention;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.TestSmtp;
import id.padu.support.WebClient;
import id.padu.tenancy.TenantContext;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

import static id.padu.archive.internal.lifecycle.LifecycleFixture.TANGERANG;
import static id.padu.archive.internal.lifecycle.LifecycleForms.form;
import static org.assertj.core.api.Assertions.assertThat;

/** The due list, the nightly closing of last year's berkas, the archivists' digest and the JRA page. */
@PaduIntegrationTest
class RetentionDueIT {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.server()).withPerMethodLifecycle(false);

	@LocalServerPort
	int port;

	@Autowired
	Filing filing;

	@Autowired
	BerkasRepository berkas;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BerkasClosing closing;

	@Autowired
	DueDigest digest;

	@Autowired
	RetentionDue due;

	LifecycleFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new LifecycleFixture(filing, berkas, tx);
	}

	@Test
	void aBerkasClosedYearsAgoIsListedAndTheArchivistsAreToldOnce() throws Exception {
		LifecycleFixture.Filed old = fixture.closedBerkas("disdukcapil", "Agenda surat keluar 2012", 2012,
				new Retention(2, 3, FinalAction.MUSNAH));
		String page = WebClient.signedIn(port, "arsiparis").get("/kantor/arsip/penyusutan").body();
		assertThat(page).contains("due-" + old.berkasId()).contains("Agenda surat keluar 2012")
			.contains("Dinas Kependudukan dan Pencatatan Sipil").contains("31 Desember 2012");
		assertThat(WebClient.signedIn(port, "kadis").get("/kantor/arsip/penyusutan").statusCode()).isEqualTo(200);
		assertThat(WebClient.signedIn(port, "petugas").get("/kantor/arsip/penyusutan").statusCode()).isEqualTo(403);

		int before = greenMail.getReceivedMessages().length;
		Integer first = TenantContext.callAs(TANGERANG, () -> tx.execute(s -> digest.send()));
		Integer second = TenantContext.callAs(TANGERANG, () -> tx.execute(s -> digest.send()));
		assertThat(first).isPositive();
		assertThat(second).isZero();
		greenMail.waitForIncomingEmail(5000, before + 1);
		MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages()).skip(before)
			.filter(m -> address(m).equals("arsip@tangerangkota.go.id")).findFirst().orElseThrow();
		assertThat(mail.getSubject()).startsWith("Arsip jatuh tempo penyusutan");
	}

	@Test
	void theNightlyJobClosesLastYearsBerkasWithTheJraLineAndLeavesThisYearsOpen() {
		LocalDate today = due.today();
		int lastYear = today.getYear() - 1;
		LifecycleFixture.Filed last = fixture.filed("disdukcapil", "900.1", "SPJ belanja " + lastYear, lastYear, null);
		LifecycleFixture.Filed current = fixture.filed("disdukcapil", "900.1", "SPJ belanja " + today.getYear(),
				today.getYear(), null);

		BerkasClosing.Outcome outcome = TenantContext.callAs(TANGERANG, () -> closing.close(today));
		assertThat(outcome.closed()).isPositive();
		Map<String, Object> closed = jdbc.sql("select closed_on, active_until, inactive_until, final_action from berkas "
				+ "where id = ?").param(last.berkasId()).query().singleRow();
		assertThat(closed.get("closed_on").toString()).isEqualTo(lastYear + "-12-31");
		assertThat(closed.get("active_until").toString()).isEqualTo((lastYear + 2) + "-12-31");
		assertThat(closed.get("inactive_until").toString()).isEqualTo((lastYear + 10) + "-12-31");
		assertThat(closed.get("final_action")).isEqualTo("MUSNAH");
		assertThat(jdbc.sql("select closed_on from berkas where id = ?").param(current.berkasId()).query().singleRow()
			.get("closed_on")).isNull();
	}

	@Test
	void anArchivistEditsAJraLineAndClosedBerkasKeepTheirDates() {
		LifecycleFixture.Filed closedBefore = fixture.closedBerkas("disdukcapil", "Buku tamu 2019", 2019,
				new Retention(2, 3, FinalAction.MUSNAH));
		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		String list = arsiparis.get("/kantor/arsip/jra?q=900").body();
		assertThat(list).contains("jra-900.1").contains("Keuangan Daerah").doesNotContain("jra-000.1");
		assertThat(arsiparis.get("/kantor/arsip/jra/ubah?kode=400.12").body()).contains("Kependudukan dan Catatan Sipil");

		String saved = arsiparis.post("/kantor/arsip/jra/ubah", form(arsiparis, "/kantor/arsip/jra/ubah?kode=400.12",
				"kode", "400.12", "activeYears", "5", "inactiveYears", "20", "finalAction", "PERMANEN",
				"note", "Perkada JRA Kota Tangerang")).headers().firstValue("Location").orElse("");
		assertThat(saved).contains("/kantor/arsip/jra");
		assertThat(arsiparis.get("/kantor/arsip/jra?q=400.12").body()).contains("Perkada JRA Kota Tangerang")
			.contains("20 tahun");
		assertThat(jdbc.sql("select active_until from berkas where id = ?").param(closedBefore.berkasId())
			.query(LocalDate.class).single()).isEqualTo(LocalDate.of(2021, 12, 31));

		WebClient petugas = WebClient.signedIn(port, "petugas");
		assertThat(petugas.get("/kantor/arsip/jra").statusCode()).isEqualTo(200);
		assertThat(petugas.post("/kantor/arsip/jra/ubah", form(petugas, "/kantor/arsip/jra", "kode", "400.12",
				"activeYears", "1", "inactiveYears", "1", "finalAction", "MUSNAH")).statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'RetentionRule' and action = 'UPDATE'")
			.query(Long.class).single()).isPositive();
	}

	private static String address(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		} catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
