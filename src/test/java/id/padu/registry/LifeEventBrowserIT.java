package id.padu.registry;

import id.padu.registry.LifeEventFixture.Person;
import id.padu.support.Browser;
import id.padu.support.PaduIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static id.padu.registry.LifeEventFixture.status;
import static org.assertj.core.api.Assertions.assertThat;

/** The move-out form in Chromium: the kecamatan picker lists places as the officer types (htmx, CSP intact). */
@PaduIntegrationTest
class LifeEventBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerPicksTheDestinationAsTheyTypeAndRecordsTheMove() throws Exception {
		Person person = LifeEventFixture.single(jdbc, "Agus Salim", false);
		try (Browser browser = Browser.open(port)) {
			browser.signIn("petugas", "padu-demo");
			browser.go("/kantor/penduduk/" + person.nik() + "?choice=pemutakhiran");
			browser.click(By.id("record-move-out"));
			((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('date').value = '2025-03-01'");
			browser.type(By.id("destinationQuery"), "coblong bandung");
			assertThat(browser.find(By.cssSelector("label[for='destination-0']")).getText())
				.contains("Coblong — Kota Bandung, Jawa Barat");
			browser.click(By.id("destination-0"));
			browser.type(By.id("reason"), "Pekerjaan");
			browser.click(By.id("submit"));
			assertThat(browser.find(By.id("life-event-message")).getText())
				.isEqualTo("Pindah keluar Agus Salim telah dicatat.");
			assertThat(browser.find(By.id("record-event-closed")).getText()).contains("sudah pindah keluar");
		}
		assertThat(status(jdbc, person.nik())).isEqualTo("PINDAH BELUM_KAWIN");
	}
}
