package id.padu.services;

import id.padu.documents.DocumentIssuer;
import id.padu.documents.IssuedDocument;
import id.padu.shared.TenantId;
import id.padu.support.Browser;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Item 10 of the issue in headless Chromium: the demo citizen applies for a Surat Keterangan Pindah with her
 * data prefilled, the officer approves, the head signs with the passphrase, the citizen downloads the PDF and
 * the public verification page says it is valid, for exactly the bytes she downloaded. She moves to another
 * house in her own kelurahan and RT/RW (a change of address), so she stays a resident, other tests still find
 * her where they expect her, and the journey can run again on the same database.
 */
@PaduIntegrationTest
class MovingJourneyBrowserIT {

	static final String SITI = "3671014508900003";
	/** Her own kelurahan: she moves to another house on her street, so other tests still find her there. */
	static final String CIKOKOL = "36.71.01.1005";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DocumentIssuer issuer;

	@Test
	void wargaAppliesPetugasApprovesKadisSignsAndTheDownloadVerifies() throws Exception {
		Path letter = Files.createTempFile("pengantar-rt", ".pdf");
		Files.writeString(letter, ServicesFixture.PDF + "%" + UUID.randomUUID() + "\n", StandardCharsets.US_ASCII);
		try (Browser browser = Browser.open(port)) {
			browser.signIn("warga", "padu-demo");
			browser.go("/layanan");
			browser.click(By.linkText("Surat Keterangan Pindah"));
			browser.click(By.id("apply"));
			assertThat(browser.find(By.id("nama")).getText()).isEqualTo("Siti Rahmawati");
			assertThat(browser.find(By.id("nik")).getText()).isEqualTo(SITI);
			assertThat(browser.driver().findElements(By.cssSelector("input[name='nama']"))).isEmpty();

			browser.click(By.cssSelector("input[name='anggota'][value='" + SITI + "']"));
			new Select(browser.find(By.id("tujuanKelurahan-kecamatan"))).selectByValue("36.71.01");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
					By.cssSelector("#tujuanKelurahan option[value='" + CIKOKOL + "']")));
			new Select(browser.find(By.id("tujuanKelurahan"))).selectByValue(CIKOKOL);
			browser.type(By.id("tujuanAlamat"), "Jl. KH. Hasyim Ashari No. " + (18 + (int) (Math.random() * 80)));
			browser.type(By.id("tujuanRt"), "003");
			browser.type(By.id("tujuanRw"), "005");
			new Select(browser.find(By.id("alasan"))).selectByValue("keluarga");
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", browser.find(By.id("tanggalPindah")),
					LocalDate.now().plusDays(7).toString());
			browser.find(By.id("suratPengantar")).sendKeys(letter.toAbsolutePath().toString());
			browser.click(By.id("submit"));

			assertThat(browser.find(By.id("message")).getText()).contains("sudah terkirim");
			String tracking = browser.find(By.id("tracking-number")).getText();
			String page = browser.driver().getCurrentUrl();
			signOut(browser);

			browser.signIn("petugas", "padu-demo");
			browser.go("/kantor/layanan/tugas");
			browser.click(By.linkText(tracking));
			browser.expectText("Siti Rahmawati", "Verifikasi berkas");
			browser.click(By.id("decide"));
			assertThat(browser.find(By.id("message")).getText()).contains(tracking);
			signOut(browser);

			browser.signIn("kadis", "padu-demo");
			browser.go("/kantor/layanan/tugas");
			browser.click(By.linkText(tracking));
			browser.expectText("Tanda tangan Kepala Dinas");
			browser.type(By.id("passphrase"), "padu-demo");
			browser.click(By.id("decide"));
			assertThat(browser.find(By.id("message")).getText()).contains(tracking);
			signOut(browser);

			browser.signIn("warga", "padu-demo");
			browser.driver().get(page);
			browser.expectText("Selesai", "Dokumen Anda sudah terbit");
			String href = browser.find(By.id("download")).getAttribute("href");
			byte[] pdf = Base64.getDecoder().decode((String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
					  let text = ''; new Uint8Array(buffer).forEach(b => text += String.fromCharCode(b)); done(btoa(text));
					});""", href));
			assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));

			UUID documentId = jdbc.sql("select issued_document_id from service_application where tracking_number = ? "
					+ "and tenant_id = 'kota-tangerang'").param(tracking).query(UUID.class).single();
			IssuedDocument issued = TenantContext.callAs(TenantId.of("kota-tangerang"), () -> issuer.find(documentId))
				.orElseThrow();
			browser.go("/verifikasi/" + issued.verificationCode());
			assertThat(browser.find(By.id("verify-status")).getText()).contains("SAH");
			assertThat(browser.find(By.id("verify-sha256")).getText()).isEqualTo(sha256);
			browser.expectText("Surat Keterangan Pindah");
		} finally {
			Files.deleteIfExists(letter);
		}
	}

	private static void signOut(Browser browser) {
		browser.click(By.cssSelector("form[action='/logout'] button"));
		browser.find(By.cssSelector("[role='status']"));
	}
}
