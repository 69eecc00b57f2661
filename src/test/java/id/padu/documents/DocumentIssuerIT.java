package id.padu.documents;

import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import id.padu.shared.TenantId;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issuing through the module API: the demo head signs with the demo passphrase; anything else writes nothing. */
@PaduIntegrationTest
class DocumentIssuerIT {

	static final TenantId TANGERANG = TenantId.of("kota-tangerang");

	@Autowired
	DocumentIssuer issuer;

	@Autowired
	PdfRenderer renderer;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventMulticaster events;

	@Test
	void theHeadSignsAndTheSignedPdfIsStoredAndRegistered() throws Exception {
		String number = "470/" + UUID.randomUUID().toString().substring(0, 8) + "/DISDUKCAPIL/XII/2026";
		List<DocumentIssued> published = new CopyOnWriteArrayList<>();
		ApplicationListener<PayloadApplicationEvent<DocumentIssued>> listener = event -> published.add(event.getPayload());
		IssuedDocument issued = issueListening(number, listener);
		assertThat(published).containsExactly(new DocumentIssued(TANGERANG, issued.id(), issued.verificationCode(),
				"Surat Keterangan Pindah", number, issued.sha256(), "documents", "uji"));
		assertThat(issued.status()).isEqualTo(IssuedDocument.Status.VALID);
		assertThat(issued.signerName()).isEqualTo("Drs. Djoko Susilo, M.Si.");
		assertThat(issued.signerPosition()).isEqualTo("Kepala Dinas Kependudukan dan Pencatatan Sipil");
		assertThat(issued.verificationCode()).matches("[A-Z2-7]{26}");
		byte[] pdf = TenantContext.callAs(TANGERANG, () -> issuer.content(issued.id()));
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf))).isEqualTo(issued.sha256());
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getLastSignatureDictionary()).isNotNull();
			assertThat(new PDFTextStripper().getText(document)).contains("PEMERINTAH KOTA TANGERANG",
					"DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "Jl. Satria Sudirman", "Nomor: " + number,
					"NIP 19680512 199403 1 005", issued.verificationCode());
		}
		assertThat(TenantContext.callAs(TANGERANG, () -> issuer.find(issued.id()))).contains(issued);
	}

	@Test
	void aWrongPassphraseOrAnUnknownSignerWritesNothing() {
		String number = "470/" + UUID.randomUUID() + "/SALAH";
		assertThatThrownBy(() -> issue(number, "padu-demO")).isInstanceOf(SigningRefusedException.class)
			.extracting(e -> ((SigningRefusedException) e).reason()).isEqualTo(SigningRefusedException.Reason.WRONG_PASSPHRASE);
		assertThatThrownBy(() -> TenantContext.callAs(TANGERANG, () -> tx.execute(status -> issuer.issue(
				new IssueRequest("Surat Keterangan", number, "Surat Keterangan", "<p>Uji</p>", "petugas",
						"padu-demo".toCharArray(), "documents", null)))))
			.isInstanceOf(SigningRefusedException.class)
			.extracting(e -> ((SigningRefusedException) e).reason()).isEqualTo(SigningRefusedException.Reason.NO_CERTIFICATE);
		assertThat(jdbc.sql("select count(*) from issued_document where document_number = ?").param(number)
			.query(Long.class).single()).isZero();
	}

	@Test
	void anotherPemdaNeitherFindsNorRevokesTheDocument() {
		IssuedDocument issued = issue("470/" + UUID.randomUUID().toString().substring(0, 8) + "/ISOLASI", "padu-demo");
		TenantId tangsel = TenantId.of("kota-tangerang-selatan");
		assertThat(TenantContext.callAs(tangsel, () -> issuer.find(issued.id()))).isEmpty();
		assertThatThrownBy(() -> TenantContext.callAs(tangsel, () -> issuer.content(issued.id())))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> TenantContext.runAs(tangsel, () -> tx.executeWithoutResult(
				status -> issuer.revoke(issued.id(), "Uji lintas pemda")))).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> TenantContext.runAs(TANGERANG, () -> tx.executeWithoutResult(
				status -> issuer.revoke(issued.id(), " ")))).isInstanceOf(BusinessRuleViolation.class)
			.hasMessage("documents.revocation.reasonRequired");
	}

	@Test
	void unsignedDocumentsGetTheLetterheadToo() throws Exception {
		byte[] pdf = TenantContext.callAs(TANGERANG,
				() -> renderer.render("Bukti Pembayaran", "<p>Retribusi: Rp 150.000</p>", "Badan Pendapatan Daerah"));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getLastSignatureDictionary()).isNull();
			assertThat(new PDFTextStripper().getText(document)).contains("PEMERINTAH KOTA TANGERANG",
					"BADAN PENDAPATAN DAERAH", "BUKTI PEMBAYARAN", "Rp 150.000");
		}
		assertThatThrownBy(() -> TenantContext.callAs(TANGERANG, () -> renderer.render("Rusak", "<p>tidak ditutup")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private IssuedDocument issueListening(String number, ApplicationListener<?> listener) {
		events.addApplicationListener(listener);
		try {
			return issue(number, "padu-demo");
		} finally {
			events.removeApplicationListener(listener);
		}
	}

	private IssuedDocument issue(String number, String passphrase) {
		return TenantContext.callAs(TANGERANG, () -> tx.execute(status -> issuer.issue(new IssueRequest(
				"Surat Keterangan Pindah", number, "Surat Keterangan Pindah",
				"<p>Menerangkan bahwa penduduk tersebut pindah ke Kota Bandung.</p>", "kadis", passphrase.toCharArray(),
				"documents", "uji"))));
	}
}
