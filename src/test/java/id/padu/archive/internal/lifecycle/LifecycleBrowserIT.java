package id.padu.archive.internal.lifecycle;

import id.padu.archive.internal.BerkasRepository;
import id.padu.archive.internal.Filing;
import id.padu.support.Browser;
import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The disposal as people do it: the archivist ticks a due berkas and proposes it, the head of its OPD signs the
 * approval, the record is a tombstone. Screenshots of each page land in {@code target/screenshots/lifecycle}.
 */
@PaduIntegrationTest
class LifecycleBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	Filing filing;

	@Autowired
	BerkasRepository berkas;

	@Autowired
	TransactionTemplate tx;

	@Test
	void theArchivistProposesTheHeadApprovesAndATombstoneRemains() throws Exception {
		LifecycleFixture.Filed filed = new LifecycleFixture(filing, berkas, tx)
			.dueForDestruction("disdukcapil", "Daftar hadir rapat koordinasi 2015");
		try (Browser browser = Browser.open(port)) {
			browser.signIn("arsiparis", "padu-demo");
			browser.go("/kantor/arsip/penyusutan");
			shoot(browser, "due");
			browser.click(By.id("pick-" + filed.berkasId()));
			browser.type(By.id("reason-MUSNAH"), "Masa retensi telah habis dan nasib akhirnya musnah");
			browser.click(By.id("submit-MUSNAH"));
			assertThat(browser.find(By.id("status")).getText()).isEqualTo("Menunggu persetujuan kepala OPD");
			String proposal = browser.driver().getCurrentUrl();
			browser.driver().manage().deleteAllCookies();

			browser.signIn("kadis", "padu-demo");
			browser.driver().get(proposal);
			shoot(browser, "proposal");
			browser.type(By.id("passphrase"), "padu-demo");
			browser.click(By.id("approve"));
			assertThat(browser.find(By.id("status")).getText()).isEqualTo("Disetujui, berita acara ditandatangani");
			shoot(browser, "approved");

			browser.go("/kantor/arsip/musnah/" + filed.recordId());
			assertThat(browser.find(By.id("tombstone")).getText()).contains("Dimusnahkan pada").contains("BA-MUSNAH/");
			shoot(browser, "tombstone");
			browser.go("/kantor/arsip/jra");
			shoot(browser, "jra");
		}
	}

	private static void shoot(Browser browser, String name) throws Exception {
		Path dir = Path.of("target/screenshots/lifecycle");
		Files.createDirectories(dir);
		for (int[] size : new int[][] { { 1280, 900 }, { 390, 844 } }) {
			browser.driver().manage().window().setSize(new Dimension(size[0], size[1]));
			byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
			Files.write(dir.resolve(name + "-" + size[0] + ".png"), png);
		}
		browser.driver().manage().window().setSize(new Dimension(1280, 900));
	}
}
