package id.padu.archive.internal.custody.lending;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import id.padu.archive.internal.ArchiveRecord;
import id.padu.archive.internal.ArchiveStage;
import id.padu.archive.internal.BerkasRepository;
import id.padu.archive.internal.Filing;
import id.padu.archive.internal.RecordMedia;
import id.padu.archive.internal.custody.CustodyFixture;
import id.padu.classification.SecurityClass;
import id.padu.shared.BusinessRuleViolation;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.TestSmtp;
import id.padu.support.WebClient;
import id.padu.tenancy.TenantContext;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import static id.padu.archive.internal.custody.CustodyFixture.TANGERANG;
import static id.padu.archive.internal.custody.CustodyFixture.pdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PaduIntegrationTest
class LendingIT {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.server()).withPerMethodLifecycle(false);

	static final String KABID = "kabid.pdp.disdukcapil@tangerangkota.go.id";
	static final LocalDate LENT = LocalDate.of(2026, 3, 1);
	static final LocalDate DUE = LocalDate.of(2026, 3, 5);

	@LocalServerPort
	int port;

	@Autowired
	Filing filing;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Lending lending;

	@Autowired
	LoanRepository loans;

	@Autowired
	LoanReminders reminders;

	@Autowired
	BerkasRepository berkas;

	@Test
	void aPaperRecordIsLentOnceRemindedOnceADayAndReturned() throws Exception {
		CustodyFixture fixture = new CustodyFixture(filing, tx);
		ArchiveRecord paper = fixture.file("Buku register surat 1998", "100", RecordMedia.PAPER, SecurityClass.BIASA, null);
		ArchiveRecord scan = fixture.file("Surat elektronik", "100", RecordMedia.ELECTRONIC, SecurityClass.BIASA,
				paper.berkasId(), pdf());
		String number = as(() -> berkas.findById(paper.berkasId()).orElseThrow().berkasNumber());

		Loan loan = as(() -> lending.lend(request(paper.getId().toString(), "kabid"), "arsiparis"));
		assertThat(loan.borrowerName()).isNotBlank();
		assertThat(loan.borrowerEmail()).isEqualTo(KABID);
		refused(paper.getId().toString(), "archive.custody.loan.alreadyLent");
		refused(number, "archive.custody.loan.alreadyLent");
		refused(scan.getId().toString(), "archive.custody.loan.notPhysical");

		assertThat(reminders.remind(LENT)).as("due in four days: not yet").isZero();
		assertThat(reminders.remind(DUE.minusDays(2))).isEqualTo(1);
		assertThat(reminders.remind(DUE.minusDays(2))).as("once a day").isZero();
		assertThat(reminders.remind(DUE.plusDays(2))).as("overdue, a new day").isEqualTo(1);
		assertThat(reminders.remind(DUE.plusDays(2))).isZero();
		greenMail.waitForIncomingEmail(5_000, 2);
		assertThat(subjects()).anyMatch(s -> s.contains("lewat batas")).anyMatch(s -> s.contains("harus kembali"));

		WebClient arsiparis = WebClient.signedIn(port, "arsiparis");
		String page = arsiparis.get("/kantor/arsip/peminjaman").body();
		assertThat(page).contains("Buku register surat 1998", "Terlambat");
		String csrf = URLEncoder.encode(arsiparis.csrfToken("/kantor/arsip/peminjaman"), StandardCharsets.UTF_8);
		assertThat(arsiparis.post("/kantor/arsip/peminjaman/" + loan.getId() + "/kembali",
				"note=Baik%2C+lengkap&_csrf=" + csrf).statusCode()).isEqualTo(302);
		Loan returned = as(() -> loans.findById(loan.getId()).orElseThrow());
		assertThat(returned.isOpen()).isFalse();
		assertThat(returned.returnNote()).isEqualTo("Baik, lengkap");
		assertThat(reminders.remind(DUE.plusDays(3))).as("returned: no more reminders").isZero();
		assertThat(arsiparis.get("/kantor/arsip/peminjaman/riwayat/" + paper.getId()).body()).contains("Baik, lengkap");

		Loan whole = as(() -> lending.lend(request(number, "198307192009011003"), "arsiparis"));
		assertThat(whole.isWholeBerkas()).isTrue();
		refused(paper.getId().toString(), "archive.custody.loan.berkasLent");
		as(() -> lending.giveBack(whole.getId(), "", "arsiparis"));

		TenantContext.runAs(TANGERANG, () -> tx.executeWithoutResult(s ->
				berkas.findById(paper.berkasId()).orElseThrow().moveTo(ArchiveStage.MUSNAH)));
		refused(paper.getId().toString(), "archive.custody.loan.destroyed");
	}

	private void refused(String item, String code) {
		assertThatThrownBy(() -> as(() -> lending.lend(request(item, "kabid"), "arsiparis")))
			.isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo(code));
	}

	private static Lending.Request request(String item, String borrower) {
		return new Lending.Request(item, borrower, "Bahan audit", LENT, DUE);
	}

	private static <T> T as(java.util.function.Supplier<T> work) {
		return TenantContext.callAs(TANGERANG, work);
	}

	private static java.util.List<String> subjects() {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> to(m).contains(KABID)).map(m -> {
			try {
				return m.getSubject();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static String to(MimeMessage m) {
		try {
			return Arrays.toString(m.getRecipients(Message.RecipientType.TO));
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
