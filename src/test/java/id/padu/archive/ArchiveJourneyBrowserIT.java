package id.padu.archive;

import id.padu.archive.internal.digitization.ScanImages;
import id.padu.archive.internal.lifecycle.BerkasClosing;
import id.padu.shared.TenantId;
import id.padu.support.Browser;
import id.padu.support.PaduIntegrationTest;
import id.padu.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's walk through the archive in a real browser: the archivist uploads a scanned Indonesian letter of 2015,
 * finds it by a word that is only in the scan (so only OCR can have put it there), proposes its berkas for
 * destruction once its retention has run out, the head of the creating OPD approves with his signing passphrase,
 * and the record is a tombstone that the search no longer returns. Screenshots land in
 * {@code target/screenshots/archive}.
 */
@PaduIntegrationTest
class ArchiveJourneyBrowserIT {

	private static final Pattern UUID_AT_END = Pattern.compile("/([0-9a-f-]{36})$");

	@LocalServerPort
	int port;

	@Autowired
	BerkasClosing closing;

	@Test
	void uploadFindByScannedWordDisposeAndLeaveATombstone() throws Exception {
		String word = scannedOnlyWord();
		Path scan = Files.write(Files.createTempFile("surat-pindaian-", ".png"), ScanImages.bytes(letter(word), "png"));
		try (Browser browser = Browser.open(port)) {
			browser.signIn("arsiparis", "padu-demo");
			browser.go("/kantor/arsip/digitalisasi");
			browser.type(By.id("title"), "Surat Kelurahan Sukaasih tentang rapat pemutakhiran data 2015");
			browser.find(By.id("files")).sendKeys(scan.toAbsolutePath().toString());
			browser.type(By.id("classificationCode"), "000.1");
			browser.find(By.cssSelector("#creatorUnit option[value='disdukcapil']")).click();
			WebElement date = browser.find(By.id("recordDate"));
			((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2015-03-14'", date);
			shoot(browser, "upload");
			browser.click(By.cssSelector("form[action='/kantor/arsip/digitalisasi'] button[type='submit']"));

			String recordPath = searchUntilFound(browser, word);
			// The facets arrive in a second request (htmx) after the hits.
			browser.expectText("Klasifikasi", "Dinas Kependudukan dan Pencatatan Sipil (1)");
			shoot(browser, "found");
			// The same page in English (remembered in a cookie), then back to Indonesian for the steps below.
			browser.go("/kantor/arsip?q=" + word + "&lang=en");
			browser.expectText("Classification", "Dinas Kependudukan dan Pencatatan Sipil (1)");
			shoot(browser, "found-en");
			browser.go("/kantor/arsip?lang=id");
			browser.go(recordPath);
			String berkasPath = browser.find(By.cssSelector("a[href^='/kantor/arsip/berkas/']")).getAttribute("href");
			String berkasId = idAtEnd(berkasPath);
			String recordId = idAtEnd(recordPath);

			// The nightly closing: the berkas of 2015 is closed on 31 December 2015 and, 2 + 3 years later, due.
			TenantContext.callAs(TenantId.of("kota-tangerang"), () -> closing.close(LocalDate.now(ZoneId.of("Asia/Jakarta"))));
			browser.go("/kantor/arsip/penyusutan");
			browser.click(By.id("pick-" + berkasId));
			browser.type(By.id("reason-MUSNAH"), "Masa retensi habis; keterangan JRA: musnah");
			browser.click(By.id("submit-MUSNAH"));
			assertThat(browser.find(By.id("status")).getText()).isEqualTo("Menunggu persetujuan kepala OPD");
			String proposal = browser.driver().getCurrentUrl();
			browser.driver().manage().deleteAllCookies();

			browser.signIn("kadis", "padu-demo");
			browser.driver().get(proposal);
			browser.type(By.id("passphrase"), "padu-demo");
			browser.click(By.id("approve"));
			assertThat(browser.find(By.id("status")).getText()).isEqualTo("Disetujui, berita acara ditandatangani");
			browser.driver().manage().deleteAllCookies();

			browser.signIn("arsiparis", "padu-demo");
			browser.go("/kantor/arsip/musnah/" + recordId);
			assertThat(browser.find(By.id("tombstone")).getText()).contains("Dimusnahkan pada", "BA-MUSNAH/");
			shoot(browser, "tombstone");
			browser.go(recordPath);
			assertThat(browser.find(By.id("destroyed-note")).isDisplayed()).isTrue();
			browser.go("/kantor/arsip?q=" + word);
			assertThat(browser.driver().findElements(By.cssSelector("a[href='" + recordPath + "']"))).isEmpty();
		} finally {
			Files.deleteIfExists(scan);
		}
	}

	/** The OCR worker runs every few seconds; the search finds the record once its text is indexed. */
	private static String searchUntilFound(Browser browser, String word) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			browser.go("/kantor/arsip?q=" + word);
			List<WebElement> hits = browser.driver().findElements(By.cssSelector("a[href^='/kantor/arsip/rekaman/']"));
			if (!hits.isEmpty()) {
				return hits.get(0).getAttribute("href").replaceFirst("^https?://[^/]+", "");
			}
			Thread.sleep(2000);
		}
		throw new AssertionError("The scanned word " + word + " was not found within 3 minutes");
	}

	private static String idAtEnd(String url) {
		Matcher m = UUID_AT_END.matcher(url);
		assertThat(m.find()).as(url).isTrue();
		return m.group(1);
	}

	/**
	 * A made-up place name of Indonesian syllables, new on every run, that the Indonesian stemmer leaves whole (no
	 * di-/ke-/se-/be-/pe-/te-/me- prefix, no -i/-an/-kan/-ku/-mu/-nya ending).
	 */
	private static String scannedOnlyWord() {
		String[] first = { "Ba", "Go", "Ru", "Wo", "Ra", "No" };
		String[] middle = { "lo", "ga", "ru", "to", "so", "wa", "nu", "ro" };
		String[] last = { "go", "wo", "ro", "to" };
		Random random = new Random();
		return first[random.nextInt(first.length)] + middle[random.nextInt(middle.length)]
				+ middle[random.nextInt(middle.length)] + last[random.nextInt(last.length)];
	}

	/** A scanned letter, the made-up word in its body only. */
	private static BufferedImage letter(String word) {
		return ScanImages.page(List.of("PEMERINTAH KOTA TANGERANG", "KELURAHAN SUKAASIH", "Nomor: 005/117/Kel.Sks/2015",
				"Hal: Undangan rapat pemutakhiran data", "Dengan hormat, kami mengundang Bapak/Ibu untuk hadir",
				"pada rapat pemutakhiran data penduduk di", "Balai Warga " + word + " pada hari Senin tanggal",
				"16 Maret 2015 pukul 09.00 WIB.", "Lurah Sukaasih"));
	}

	private static void shoot(Browser browser, String name) throws Exception {
		Path dir = Path.of("target/screenshots/archive");
		Files.createDirectories(dir);
		for (int[] size : new int[][] { { 1280, 900 }, { 390, 844 } }) {
			browser.driver().manage().window().setSize(new Dimension(size[0], size[1]));
			Files.write(dir.resolve(name + "-" + size[0] + ".png"),
					((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
		}
		browser.driver().manage().window().setSize(new Dimension(1280, 900));
	}
}
