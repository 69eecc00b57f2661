package id.padu.admission;

import id.padu.admission.AdmissionFixture.Family;
import id.padu.services.ServicesFixture;
import id.padu.support.Browser;
import id.padu.support.PaduIntegrationTest;
import id.padu.support.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static id.padu.services.ServicesFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admission in headless Chromium: a parent sees the child from the Kartu Keluarga and the schools with their
 * distance, applies; the Dinas Pendidikan officer reads the ranking page. Screenshots of both pages at desktop
 * and phone width land in {@code target/screenshots/}.
 */
@PaduIntegrationTest
class AdmissionJourneyBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	MockMvc mvc;

	@Test
	void aParentAppliesWithDistancesShownAndTheOfficerSeesTheRanking() throws Exception {
		String code = AdmissionFixture.deploy(mvc);
		int year = AdmissionFixture.today().getYear() + 1;
		UUID period = AdmissionFixture.period(jdbc, code, year);
		String near = AdmissionFixture.school(jdbc, period, "SMP Negeri Uji Cikokol", -6.2000, 106.6300, 2, 1, 0, 1);
		AdmissionFixture.school(jdbc, period, "SMP Negeri Uji Pinang", -6.2250, 106.6700, 2, 1, 0, 1);
		WebClient officer = WebClient.signedIn(port, "petugas.dindik");
		Family first = null;
		String firstId = null;
		for (int i = 0; i < 3; i++) {
			Family family = located(officer, "Anak Uji " + "ABC".charAt(i) + " Pratama", year, -6.2010 - i * 0.004,
					106.6310 + i * 0.003);
			WebClient parent = WebClient.signedIn(port, family.username());
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("anak", family.childNik());
			data.put("jalur", "zonasi");
			data.put("pilihan1", near);
			data.put("telepon", "0812345678" + i);
			String id = json(ServicesFixture.apply(parent, code, data, UUID.randomUUID().toString())).get("id").asString();
			if (i == 0) {
				first = family;
				firstId = id;
			}
			if (i < 2) {
				String task = ServicesFixture.taskOf(officer, id).get("id").asString();
				assertThat(ServicesFixture.decide(officer, task, "approve", null, null).statusCode()).isEqualTo(200);
			}
		}
		Family mine = located(officer, "Putri Ayu Lestari", year, -6.1990, 106.6290);

		try (Browser browser = Browser.open(port)) {
			browser.signIn(mine.username(), "padu-demo");
			browser.go("/warga/layanan/" + code);
			assertThat(new Select(browser.find(By.id("anak"))).getOptions()).anyMatch(o -> o.getText().startsWith(
					"Putri Ayu Lestari · lahir"));
			assertThat(new Select(browser.find(By.id("pilihan1"))).getOptions().get(1).getText())
				.startsWith("SMP Negeri Uji Cikokol · ").endsWith(" m");
			shoot(browser, "admission-form");
			new Select(browser.find(By.id("anak"))).selectByValue(mine.childNik());
			new Select(browser.find(By.id("jalur"))).selectByValue("zonasi");
			new Select(browser.find(By.id("pilihan1"))).selectByValue(near);
			browser.type(By.id("telepon"), "081298760000");
			browser.click(By.id("submit"));
			assertThat(browser.find(By.id("tracking-number")).getText()).matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");
			browser.expectText("Penerimaan Murid Baru SMP Negeri");
		}
		try (Browser browser = Browser.open(port)) {
			browser.signIn("petugas.dindik", "padu-demo");
			String page = "/kantor/spmb/" + period + "/sekolah/" + near;
			for (int i = 0; i < 100 && !rankingReady(browser, page); i++) {
				Thread.sleep(100);
			}
			String text = browser.pageText();
			assertThat(text).contains("Peringkat SMP Negeri Uji Cikokol").contains("Masuk daya tampung")
				.contains("Menunggu verifikasi").contains("A*** U** A P******").doesNotContain("Anak Uji A Pratama");
			shoot(browser, "admission-ranking");

			browser.go("/kantor/spmb/" + period);
			browser.click(By.id("announce"));
			assertThat(browser.find(By.id("message")).getText()).isEqualTo("Hasil sudah diumumkan: 2 diterima, 0 belum diterima.");
			shoot(browser, "admission-period");
			browser.go("/pengumuman-spmb/" + period + "?sekolah=" + near);
			assertThat(browser.pageText()).contains("A*** U** A P******").doesNotContain("Anak Uji A Pratama");
			shoot(browser, "admission-public");
		}
		try (Browser browser = Browser.open(port)) {
			browser.signIn(first.username(), "padu-demo");
			browser.go("/warga/permohonan/" + firstId);
			assertThat(browser.find(By.id("outcome-note")).getText()).contains("Diterima di SMP Negeri Uji Cikokol")
				.contains("Domisili (zonasi)");
			shoot(browser, "admission-citizen-result");
		}
	}

	private boolean rankingReady(Browser browser, String page) {
		browser.go(page);
		return browser.pageText().split("Masuk daya tampung", -1).length > 2;
	}

	private Family located(WebClient officer, String childName, int year, double lat, double lon) {
		Family family = AdmissionFixture.family(jdbc, encoder, childName, LocalDate.of(year - 12, 4, 20));
		assertThat(officer.send("PUT", "/api/v1/families/" + family.kk() + "/location", "application/json",
				"{\"latitude\":" + lat + ",\"longitude\":" + lon + "}").statusCode()).isEqualTo(200);
		return family;
	}

	/** The whole page at desktop and at phone width. */
	private static void shoot(Browser browser, String name) throws Exception {
		Path folder = Files.createDirectories(Path.of("target", "screenshots"));
		for (int width : new int[] { 1280, 390 }) {
			browser.driver().manage().window().setSize(new Dimension(width, 900));
			long height = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("return document.documentElement.scrollHeight");
			browser.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height + 40, 4000)));
			byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
			Files.write(folder.resolve(name + "-" + width + ".png"), png);
		}
		browser.driver().manage().window().setSize(new Dimension(1280, 900));
	}
}
