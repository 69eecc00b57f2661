package id.padu.eoffice;

import id.padu.support.Browser;
import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-office journey, second half, in headless Chromium: the secretariat registers a letter for
 * Disdukcapil, the head disposes it to the kepala bidang, who disposes it to the kepala seksi, who closes it with a
 * follow-up report and an attachment; the tree shows both branches closed and the letter closed.
 */
@PaduIntegrationTest
class IncomingLetterBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void registeredDisposedTwoLevelsDownAndClosedByTheReport() throws Exception {
		Path scan = pdf("surat-kemendagri");
		Path report = pdf("laporan");
		String subject = "Pemutakhiran data KTP-el " + UUID.randomUUID().toString().substring(0, 8);
		try (Browser browser = Browser.open(port)) {
			browser.signIn("sekretariat", "padu-demo");
			browser.go("/kantor");
			browser.click(By.cssSelector("a.padu-queue[href='/kantor/surat-masuk']"));
			browser.click(By.id("new-letter"));
			new Select(browser.find(By.id("recipientOpd"))).selectByValue("disdukcapil");
			browser.type(By.id("senderName"), "Direktorat Jenderal Dukcapil Kemendagri");
			browser.type(By.id("letterNumber"), "470/1234/Dukcapil");
			setDate(browser, "letterDate", LocalDate.now().minusDays(3));
			browser.type(By.id("subject"), subject);
			browser.type(By.id("classificationCode"), "400");
			new Select(browser.find(By.id("urgency"))).selectByValue("SEGERA");
			browser.find(By.id("scan")).sendKeys(scan.toAbsolutePath().toString());
			browser.click(By.id("register"));
			String agenda = browser.find(By.id("agenda-number")).getText();
			assertThat(agenda).matches("\\d{4}/DISDUKCAPIL/\\d{4}");
			assertThat(browser.find(By.id("letter-status")).getText()).isEqualTo("Menunggu disposisi kepala");
			String letterPage = URI.create(browser.driver().getCurrentUrl()).getPath();

			browser.signIn("kadis", "padu-demo");
			browser.go("/kantor");
			browser.click(By.cssSelector("a.padu-queue[href='/kantor/disposisi']"));
			browser.click(By.partialLinkText(agenda));
			browser.click(By.id("dispose"));
			browser.click(By.id("p-kabid-pdp-disdukcapil"));
			browser.click(By.id("i-tindak-lanjuti"));
			browser.type(By.id("note"), "Segera koordinasikan dengan seksi identitas");
			setDate(browser, "deadline", LocalDate.now().plusDays(7));
			browser.click(By.id("send-disposition"));
			browser.expectText("Disposisi terkirim", "Kepala Bidang Pelayanan Pendaftaran Penduduk");

			browser.signIn("kabid", "padu-demo");
			browser.go(letterPage);
			browser.click(By.cssSelector(".mark-read"));
			browser.click(By.cssSelector(".dispose-further"));
			assertThat(browser.driver().findElements(By.id("p-kabid-capil-disdukcapil"))).as("a peer is not offered").isEmpty();
			browser.click(By.id("p-kasi-identitas-disdukcapil"));
			browser.click(By.id("i-siapkan-jawaban"));
			browser.click(By.id("send-disposition"));
			browser.expectText("Menunggu laporan tindak lanjut dari bawahan");

			browser.signIn("kasi", "padu-demo");
			browser.go(letterPage);
			WebElement form = browser.find(By.cssSelector(".follow-up-form"));
			form.findElement(By.tagName("textarea")).sendKeys("Data 1.250 KTP-el sudah dimutakhirkan");
			form.findElement(By.cssSelector("input[type=file]")).sendKeys(report.toAbsolutePath().toString());
			browser.click(By.cssSelector(".follow-up-form button[type=submit]"));

			assertThat(browser.find(By.id("letter-status")).getText()).isEqualTo("Selesai");
			List<WebElement> nodes = browser.driver().findElements(By.cssSelector(".padu-disposition-tree > li"));
			assertThat(nodes).hasSize(2);
			assertThat(nodes).allSatisfy(n -> assertThat(n.getAttribute("data-status")).isEqualTo("CLOSED"));
			assertThat(nodes.get(1).getText()).contains("Data 1.250 KTP-el sudah dimutakhirkan").contains("laporan");
			assertThat(nodes.get(0).getText()).contains("Selesai melalui laporan bawahan");
		}
	}

	private static void setDate(Browser browser, String id, LocalDate date) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.find(By.id(id)), date.toString());
	}

	private static Path pdf(String name) throws Exception {
		Path file = Files.createTempFile(name, ".pdf");
		Files.writeString(file, IncomingFixture.PDF + "%" + UUID.randomUUID() + "\n", StandardCharsets.US_ASCII);
		return file;
	}
}
