package id.padu;

import id.padu.support.Browser;
import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation's browser journey in real headless Chromium: the admin signs in, switches to
 * English and back, adds an OPD unit, finds it in the tree and signs out.
 */
@PaduIntegrationTest
class AdminJourneyBrowserIT {

	@LocalServerPort
	int port;

	@Test
	void adminAddsAnOpdUnitInBothLanguages() throws Exception {
		String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(10_000, 99_999));
		String unitName = "Bidang Layanan Digital " + suffix;
		try (Browser browser = Browser.open(port)) {
			browser.signIn("admin", "padu-demo");
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Selamat datang, Rudi Hartono");

			browser.click(By.cssSelector("a[hreflang='en']"));
			assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Welcome, Rudi Hartono");
			browser.click(By.linkText("Organization"));
			assertThat(browser.find(By.id("add-unit")).getText()).isEqualTo("Add unit");
			browser.click(By.cssSelector("a[hreflang='id']"));
			assertThat(browser.find(By.id("add-unit")).getText()).isEqualTo("Tambah unit");

			browser.click(By.id("add-unit"));
			browser.type(By.id("name"), unitName);
			browser.type(By.id("code"), "bid-digital-" + suffix);
			new Select(browser.find(By.id("kind"))).selectByValue("BIDANG");
			new Select(browser.find(By.id("parentId"))).selectByVisibleText("Dinas Komunikasi dan Informatika");
			browser.click(By.id("save-unit"));

			assertThat(browser.find(By.id("opd-tree")).getText()).contains(unitName);
			browser.expectText("sudah ditambahkan");

			browser.click(By.cssSelector("form[action='/logout'] button"));
			assertThat(browser.find(By.cssSelector("[role='status']")).getText()).isEqualTo("Anda sudah keluar.");
			browser.go("/kantor/organisasi");
			assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
		}
	}
}
