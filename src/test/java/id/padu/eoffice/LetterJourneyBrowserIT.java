package id.padu.eoffice;

import id.padu.support.Browser;
import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Item 9 of the issue in headless Chromium: the secretariat drafts a nota dinas in the editor and submits it, the
 * head signs it with the passphrase, the addressee opens it from the inbox, and the drafter sees the read receipt.
 */
@PaduIntegrationTest
class LetterJourneyBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void sekretariatDraftsKadisSignsKabidReadsAndTheReceiptShows() throws Exception {
		String subject = "Rapat evaluasi layanan " + UUID.randomUUID().toString().substring(0, 8);
		try (Browser drafter = Browser.open(port)) {
			drafter.signIn("sekretariat", "padu-demo");
			drafter.go("/kantor/surat");
			drafter.click(By.id("new-letter"));
			new Select(drafter.find(By.id("type"))).selectByValue("nota-dinas");
			drafter.type(By.id("classificationCode"), "400");
			drafter.type(By.id("subject"), subject);
			WebElement editor = drafter.find(By.id("body-editor"));
			editor.click();
			editor.sendKeys("Dengan hormat, rapat diadakan ");
			drafter.click(By.cssSelector("[data-command='bold']"));
			editor.sendKeys("hari Senin");
			drafter.click(By.cssSelector("[data-command='bold']"));
			editor.sendKeys(" pukul 09.00 WIB.");
			drafter.type(By.id("signerUsername"), "kadis");
			drafter.type(By.id("recipientUsernames"), "kabid");
			drafter.click(By.id("save"));
			assertThat(drafter.find(By.id("letter-status")).getText()).isEqualTo("Konsep");
			assertThat(drafter.find(By.id("letter-body")).getAttribute("innerHTML")).contains("<b>hari Senin</b>");
			String letterPage = drafter.driver().getCurrentUrl();
			drafter.click(By.id("submit"));
			assertThat(drafter.find(By.id("letter-status")).getText()).isEqualTo("Menunggu tanda tangan");

			try (Browser head = Browser.open(port)) {
				head.signIn("kadis", "padu-demo");
				head.go("/kantor/surat");
				head.click(By.linkText(subject));
				head.type(By.id("passphrase"), "padu-demo");
				head.click(By.id("sign"));
				assertThat(head.find(By.id("letter-status")).getText()).isEqualTo("Ditandatangani dan dikirim");
				assertThat(head.find(By.id("letter-number")).getText()).matches("400/\\d+/Disdukcapil/\\d{4}");
			}
			drafter.driver().navigate().to(letterPage);
			assertThat(drafter.find(By.id("recipients")).getText()).contains("Belum dibaca");

			try (Browser addressee = Browser.open(port)) {
				addressee.signIn("kabid", "padu-demo");
				addressee.go("/kantor/surat/masuk");
				addressee.click(By.linkText(subject));
				// contenteditable writes the space typed after a format change as a no-break space
				assertThat(addressee.find(By.id("letter-body")).getText().replace('\u00a0', ' '))
					.contains("rapat diadakan hari Senin pukul 09.00 WIB");
				assertThat(addressee.find(By.id("pdf")).isDisplayed()).isTrue();
			}
			drafter.driver().navigate().to(letterPage);
			assertThat(drafter.find(By.id("recipients")).getText()).contains("Dibaca").contains("oleh kabid");
		}
	}
}
